// libxml2's xmlTextReader, opened with dlopen the first time a workbook is read, so that a
// command that reads no .xlsx never loads libxml2 (nor the ICU it brings): linked in, it cost
// `vanban --help` 1 M instructions and about 60 page faults (docs/performance.md).
#ifndef VANBAN_XML_READER_SHIM_H
#define VANBAN_XML_READER_SHIM_H

// The leading fields of libxml2's `struct _xmlError` (libxml/xmlerror.h), whose layout the
// library keeps for its ABI ("int2 ... rename field when we would break ABI").
typedef struct VBXMLError {
    int domain;
    int code;
    char *message;
    int level;
    char *file;
    int line;
    char *str1;
    char *str2;
    char *str3;
    int int1;
    int int2;    // the column
} VBXMLError;

typedef void (*VBXMLErrorHandler)(void *context, VBXMLError *error);

// The functions of libxml/xmlreader.h VanBan calls; a reader is an xmlTextReaderPtr.
typedef struct VBXMLFunctions {
    void *(*readerForMemory)(const char *buffer, int size, const char *url, const char *encoding, int options);
    int (*read)(void *reader);
    int (*nodeType)(void *reader);
    const unsigned char *(*constName)(void *reader);
    const unsigned char *(*constValue)(void *reader);
    int (*isEmptyElement)(void *reader);
    int (*moveToNextAttribute)(void *reader);
    int (*moveToElement)(void *reader);
    void (*setStructuredErrorHandler)(void *reader, VBXMLErrorHandler handler, void *context);
    void (*freeTextReader)(void *reader);
} VBXMLFunctions;

// libxml2's functions, loaded once (thread-safe); NULL, with what failed in `failure`, when
// the library or one of its functions cannot be found.
const VBXMLFunctions *vbxml_functions(const char **failure);

#endif
