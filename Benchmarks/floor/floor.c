// The floor: the least work any program must do to put the covenant's text on A4 pages with the
// libraries VanBan draws with. It opens the faces with FreeType and HarfBuzz, shapes each
// paragraph once, fills lines greedily from the left (or centres them), and writes the glyphs
// through a Cairo PDF surface with cairo_show_text_glyphs, one call per run of one face and
// size, as VanBan does. Nothing else: no data, templates, justification or hyphenation.
// VanBan's whole-process time is compared with this program's (scripts/bench.sh).
//
// Usage: floor FONT_DIR TEXT_FILE OUTPUT.pdf
// TEXT_FILE: one paragraph a line, "STYLE SIZE ALIGN|text" with STYLE R, B, I or BI, SIZE in
// points, ALIGN J (from the left margin, first line indented) or C (centred); lines starting
// with '#' are comments, an empty text is one blank line.

#include <cairo-ft.h>
#include <cairo-pdf.h>
#include <cairo.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <hb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// A4 and NĐ 30's margins (top and bottom 20 mm, left 30 mm, right 15 mm), in points.
static const double page_width = 595.2756, page_height = 841.8898;
static const double margin_top = 56.69, margin_bottom = 56.69, margin_left = 85.04, margin_right = 42.52;
static const double first_line_indent = 28.35, paragraph_space = 6, line_spacing = 1.15;

enum { regular, bold, italic, bold_italic, style_count };
static const char *face_files[style_count] = {
    "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic.ttf",
};

typedef struct {
    hb_font_t *hb;
    cairo_font_face_t *cairo;
    double units_per_em;
} face_t;

static FT_Library freetype;
static face_t faces[style_count];

static void fail(const char *what, const char *detail) {
    fprintf(stderr, "floor: %s %s\n", what, detail);
    exit(1);
}

// Opened on first use: the floor pays only for the faces the text needs.
static face_t *face(int style, const char *directory) {
    face_t *f = &faces[style];
    if (f->hb) return f;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", directory, face_files[style]);
    FT_Face ft;
    if (FT_New_Face(freetype, path, 0, &ft) != 0) fail("cannot open", path);
    f->units_per_em = ft->units_per_EM;
    hb_blob_t *blob = hb_blob_create_from_file(path);
    hb_face_t *hb_face = hb_face_create(blob, 0);
    f->hb = hb_font_create(hb_face);
    hb_face_destroy(hb_face);
    hb_blob_destroy(blob);
    // Shaping at units-per-em scale gives advances in font units, scaled per size below.
    hb_font_set_scale(f->hb, (int)f->units_per_em, (int)f->units_per_em);
    f->cairo = cairo_ft_font_face_create_for_ft_face(ft, 0);
    return f;
}

// Glyphs of one face and size waiting for a single cairo_show_text_glyphs.
typedef struct {
    cairo_glyph_t *glyphs;
    cairo_text_cluster_t *clusters;
    char *utf8;
    int glyph_count, cluster_count, byte_count, glyph_capacity, byte_capacity;
    face_t *face;
    double size;
} batch_t;

static void batch_show(batch_t *b, cairo_t *cr) {
    if (b->glyph_count == 0) return;
    cairo_set_font_face(cr, b->face->cairo);
    cairo_set_font_size(cr, b->size);
    cairo_show_text_glyphs(cr, b->utf8, b->byte_count, b->glyphs, b->glyph_count, b->clusters, b->cluster_count, 0);
    b->glyph_count = b->cluster_count = b->byte_count = 0;
}

static void batch_reserve(batch_t *b, int glyphs, int bytes) {
    if (b->glyph_count + glyphs > b->glyph_capacity) {
        while (b->glyph_count + glyphs > b->glyph_capacity) b->glyph_capacity = b->glyph_capacity ? 2 * b->glyph_capacity : 1024;
        b->glyphs = realloc(b->glyphs, sizeof *b->glyphs * b->glyph_capacity);
        b->clusters = realloc(b->clusters, sizeof *b->clusters * b->glyph_capacity);
    }
    if (b->byte_count + bytes > b->byte_capacity) {
        while (b->byte_count + bytes > b->byte_capacity) b->byte_capacity = b->byte_capacity ? 2 * b->byte_capacity : 4096;
        b->utf8 = realloc(b->utf8, b->byte_capacity);
    }
}

// Adds glyphs [first, end) of a shaped paragraph, their text being bytes [first's cluster,
// end_byte) of `text`, at baseline y from x.
static void batch_add(batch_t *b, const char *text, const hb_glyph_info_t *info, const hb_glyph_position_t *pos,
                      int first, int end, int end_byte, double x, double y, double scale) {
    int start_byte = info[first].cluster;
    batch_reserve(b, end - first, end_byte - start_byte);
    memcpy(b->utf8 + b->byte_count, text + start_byte, end_byte - start_byte);
    b->byte_count += end_byte - start_byte;
    for (int i = first; i < end; i++) {
        b->glyphs[b->glyph_count++] = (cairo_glyph_t){info[i].codepoint, x + pos[i].x_offset * scale, y - pos[i].y_offset * scale};
        x += pos[i].x_advance * scale;
        // Glyphs of one cluster share one entry; a cluster's bytes run to the next cluster's start.
        if (i > first && info[i].cluster == info[i - 1].cluster) {
            b->clusters[b->cluster_count - 1].num_glyphs++;
            continue;
        }
        int next = end_byte;
        for (int j = i + 1; j < end; j++) if (info[j].cluster != info[i].cluster) { next = info[j].cluster; break; }
        b->clusters[b->cluster_count++] = (cairo_text_cluster_t){next - (int)info[i].cluster, 1};
    }
}

typedef struct {
    cairo_t *cr;
    batch_t batch;
    double y;
    int page;
    face_t *number_face;
} pages_t;

static void draw_text_line(pages_t *p, face_t *f, double size, const char *text, double x, double y);

static void new_page(pages_t *p) {
    batch_show(&p->batch, p->cr);
    cairo_show_page(p->cr);
    p->page++;
    p->y = margin_top;
    // NĐ 30: pages from the second numbered at the top, centred.
    char number[16];
    snprintf(number, sizeof number, "%d", p->page);
    draw_text_line(p, p->number_face, 14, number, -1, 33);
}

static void batch_switch(pages_t *p, face_t *f, double size) {
    if (p->batch.face != f || p->batch.size != size) {
        batch_show(&p->batch, p->cr);
        p->batch.face = f;
        p->batch.size = size;
    }
}

// A short line outside the flow (the page number), centred when x < 0.
static void draw_text_line(pages_t *p, face_t *f, double size, const char *text, double x, double y) {
    hb_buffer_t *buffer = hb_buffer_create();
    hb_buffer_add_utf8(buffer, text, -1, 0, -1);
    hb_buffer_guess_segment_properties(buffer);
    hb_shape(f->hb, buffer, NULL, 0);
    unsigned count;
    hb_glyph_info_t *info = hb_buffer_get_glyph_infos(buffer, &count);
    hb_glyph_position_t *pos = hb_buffer_get_glyph_positions(buffer, &count);
    double scale = size / f->units_per_em, width = 0;
    for (unsigned i = 0; i < count; i++) width += pos[i].x_advance * scale;
    if (x < 0) x = margin_left + (page_width - margin_left - margin_right - width) / 2;
    batch_switch(p, f, size);
    batch_add(&p->batch, text, info, pos, 0, (int)count, (int)strlen(text), x, y, scale);
    hb_buffer_destroy(buffer);
}

static void set_paragraph(pages_t *p, face_t *f, double size, int centred, const char *text) {
    double line_height = size * line_spacing, scale = size / f->units_per_em;
    double measure = page_width - margin_left - margin_right;
    if (*text == '\0') { p->y += line_height; return; }
    hb_buffer_t *buffer = hb_buffer_create();
    int length = (int)strlen(text);
    hb_buffer_add_utf8(buffer, text, length, 0, length);
    hb_buffer_set_language(buffer, hb_language_from_string("vi", -1));
    hb_buffer_guess_segment_properties(buffer);
    hb_shape(f->hb, buffer, NULL, 0);
    unsigned count;
    hb_glyph_info_t *info = hb_buffer_get_glyph_infos(buffer, &count);
    hb_glyph_position_t *pos = hb_buffer_get_glyph_positions(buffer, &count);
    batch_switch(p, f, size);
    int start = 0;
    int first_line = 1;
    while (start < (int)count) {
        double indent = first_line && !centred ? first_line_indent : 0, width = 0, width_at_space = 0;
        int space = -1, end = start;
        // Greedy filling: the last space before the measure is exceeded ends the line.
        for (; end < (int)count; end++) {
            if (text[info[end].cluster] == ' ') { space = end; width_at_space = width; }
            width += pos[end].x_advance * scale;
            if (indent + width > measure && space > start) break;
        }
        int line_end = end == (int)count ? end : space;
        double line_width = end == (int)count ? width : width_at_space;
        int end_byte = line_end == (int)count ? length : (int)info[line_end].cluster;
        if (p->y + line_height > page_height - margin_bottom) new_page(p);
        batch_switch(p, f, size);
        p->y += line_height;
        double x = margin_left + (centred ? (measure - line_width) / 2 : indent);
        batch_add(&p->batch, text, info, pos, start, line_end, end_byte, x, p->y, scale);
        start = line_end == (int)count ? line_end : line_end + 1;   // the space that broke the line is dropped
        first_line = 0;
    }
    if (!centred) p->y += paragraph_space;
    hb_buffer_destroy(buffer);
}

int main(int argc, char **argv) {
    if (argc != 4) { fprintf(stderr, "usage: floor FONT_DIR TEXT_FILE OUTPUT.pdf\n"); return 2; }
    const char *font_directory = argv[1];
    FILE *input = fopen(argv[2], "r");
    if (!input) fail("cannot read", argv[2]);
    if (FT_Init_FreeType(&freetype) != 0) fail("FreeType", "did not start");

    cairo_surface_t *surface = cairo_pdf_surface_create(argv[3], page_width, page_height);
    cairo_t *cr = cairo_create(surface);
    // Unhinted metrics, as VanBan draws: glyphs go exactly where the line put them.
    cairo_font_options_t *options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_set_font_options(cr, options);
    cairo_font_options_destroy(options);
    cairo_set_source_rgb(cr, 0, 0, 0);

    pages_t pages = {.cr = cr, .y = margin_top, .page = 1, .number_face = face(regular, font_directory)};
    char line[8192];
    while (fgets(line, sizeof line, input)) {
        line[strcspn(line, "\r\n")] = '\0';
        char *bar = strchr(line, '|');
        if (line[0] == '#' || !bar) continue;
        *bar = '\0';
        char style[4] = "", align[4] = "";
        double size = 14;
        if (sscanf(line, "%3s %lf %3s", style, &size, align) != 3) fail("bad line:", line);
        int s = strcmp(style, "B") == 0 ? bold : strcmp(style, "I") == 0 ? italic : strcmp(style, "BI") == 0 ? bold_italic : regular;
        set_paragraph(&pages, face(s, font_directory), size, align[0] == 'C', bar + 1);
    }
    fclose(input);
    batch_show(&pages.batch, cr);
    cairo_show_page(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS) fail("Cairo:", cairo_status_to_string(status));
    return 0;
}
