#include "XMLReaderShim.h"
#include <dlfcn.h>
#include <pthread.h>

static VBXMLFunctions functions;
static const char *loadFailure = "libxml2.so.2";
static int loaded = 0;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load(void) {
    void *library = dlopen("libxml2.so.2", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        loadFailure = dlerror();
        return;
    }
#define VB_LOAD(field, name)                                      \
    *(void **)(&functions.field) = dlsym(library, name);          \
    if (functions.field == NULL) { loadFailure = name; return; }
    VB_LOAD(readerForMemory, "xmlReaderForMemory")
    VB_LOAD(read, "xmlTextReaderRead")
    VB_LOAD(nodeType, "xmlTextReaderNodeType")
    VB_LOAD(constName, "xmlTextReaderConstName")
    VB_LOAD(constValue, "xmlTextReaderConstValue")
    VB_LOAD(isEmptyElement, "xmlTextReaderIsEmptyElement")
    VB_LOAD(moveToNextAttribute, "xmlTextReaderMoveToNextAttribute")
    VB_LOAD(moveToElement, "xmlTextReaderMoveToElement")
    VB_LOAD(setStructuredErrorHandler, "xmlTextReaderSetStructuredErrorHandler")
    VB_LOAD(freeTextReader, "xmlFreeTextReader")
#undef VB_LOAD
    loaded = 1;
}

const VBXMLFunctions *vbxml_functions(const char **failure) {
    pthread_once(&once, load);
    if (!loaded) {
        if (failure != NULL) *failure = loadFailure;
        return NULL;
    }
    return &functions;
}
