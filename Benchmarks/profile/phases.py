"""Where the instructions of one `vanban render` go, by phase, from a callgrind profile:
`python3 phases.py callgrind.out` (Benchmarks/profile/profile.sh makes the profiles).

A phase is the inclusive cost of the function that does it, or of the calls one function makes
to another (a call's cost in callgrind's file is inclusive), so "YAML of the template
declarations" is the calls from the declaration loaders to the YAML loader. Names are Swift's
demangled ones (`swift demangle --simplified`); a name given with and without "specialized "
counts either."""
import collections
import re
import subprocess
import sys


def read_profile(path):
    """Self cost per function, inclusive cost per call edge, and the total."""
    names = {"fn": {}, "cfn": {}}
    self_cost = collections.Counter()
    edge_cost = collections.Counter()
    total = 0
    function = callee = None
    pending_call = False
    with open(path, encoding="utf-8", errors="replace") as profile:
        for line in profile:
            if line[0].isdigit() or line[0] in "+-*":
                cost = int(line.split()[1]) if len(line.split()) > 1 else 0
                if pending_call:
                    edge_cost[(function, callee)] += cost
                    pending_call = False
                else:
                    self_cost[function] += cost
                continue
            if line.startswith("summary:"):
                total = int(line.split()[1])
                continue
            key, _, value = line.rstrip("\n").partition("=")
            if key in ("fn", "cfn"):
                match = re.match(r"\((\d+)\)(?: (.*))?", value)
                number, name = match.group(1), match.group(2)
                # Function ids are shared between fn= and cfn= lines.
                if name is not None:
                    names["fn"][number] = name
                if key == "fn":
                    function = names["fn"][number]
                else:
                    callee = names["fn"].get(number, number)
            elif key == "calls":
                pending_call = True
    return self_cost, edge_cost, total


def demangled(symbols):
    output = subprocess.run(["swift", "demangle", "--simplified"], input="\n".join(symbols),
                            capture_output=True, text=True, check=True).stdout.split("\n")
    return dict(zip(symbols, output))


class Profile:
    def __init__(self, path):
        self_cost, edge_cost, self.total = read_profile(path)
        symbols = sorted(set(self_cost) | {f for edge in edge_cost for f in edge})
        readable = demangled(symbols)
        self.inclusive = collections.Counter()
        self.edges = collections.Counter()
        for function, cost in self_cost.items():
            self.inclusive[readable[function]] += cost
        for (caller, callee), cost in edge_cost.items():
            if caller != callee:
                self.inclusive[readable[caller]] += cost
            self.edges[(readable[caller], readable[callee])] += cost

    @staticmethod
    def variants(name):
        return {name, "specialized " + name}

    def node(self, name):
        """The inclusive cost of a function (its outermost name when it recurses)."""
        return max((self.inclusive[v] for v in self.variants(name)), default=0)

    def edge(self, caller, callee):
        return sum(self.edges[(a, b)] for a in self.variants(caller) for b in self.variants(callee))


def phases(p):
    """(depth, label, instructions) rows; depth 1 rows add up to the total with the remainder."""
    load = "static DataLoader.load(_:displayPath:access:role:cache:)"
    mustache = "static TemplateDeclaration.mustache(_:file:contentType:)"
    render = "MustacheTemplate.render(_:library:)"
    rows = []

    def row(depth, label, cost):
        if cost:
            rows.append((depth, label, cost))
        return cost

    start = p.total - p.node("vanban_main") - p.node("start_thread")
    row(1, "process start and exit (loader, runtime, before and after main)", start)
    row(1, "ArgumentParser: parsing the command line", p.node("static ParsableCommand.parseAsRoot(_:)"))
    row(1, "pipeline set-up (loadPipeline: catalogue; fonts start on a worker)", p.node("loadPipeline(fontDirectory:)"))
    row(1, "the data file and its shared file (YAML)", p.node("static DataLoader.loadWithSources(_:displayPath:access:role:)"))
    declarations = row(1, "template declarations (TemplateCatalog.template(named:))", p.node("TemplateCatalog.template(named:)"))
    if declarations:
        row(2, "reading mau.yaml and _chung/*.yaml (parsed-tree cache)", p.edge("TemplateCatalog.sharedDeclaration(_:)", load)
            + p.edge("static TemplateDeclaration.load(directory:shared:library:sharedInputs:)", load))
        row(2, "Mustache parsing of the sections", p.edge("static SectionDeclaration.read(_:templateDirectory:)", mustache)
            + p.edge("static TemplateDeclaration.load(directory:shared:library:sharedInputs:)", mustache)
            + p.edge("closure #2 in static TemplateDeclaration.load(directory:shared:library:sharedInputs:)", mustache))
    law = row(1, "law tables (LawSource.rulesTable)", p.node("LawSource.rulesTable()"))
    if law:
        register = "LegalRegister.init(contentsOfFile:displayPath:cache:)"
        rules = "AwardRulesTable.init(contentsOfFile:displayPath:register:cache:)"
        row(2, "legal register: reading the file (parsed-tree cache)", p.edge(register, load))
        row(2, "legal register: building", p.edge(register, "LegalRegister.init(_:sourceName:)"))
        row(2, "award rules: reading the file (parsed-tree cache)", p.edge(rules, load))
        row(2, "award rules: reading rows", p.edge(rules, "static RulesTableReader.read(_:)"))
        row(2, "award rules: building and checking", p.edge(rules,
            "AwardRulesTable.init(coefficientRules:baseSalaryRules:roundingRules:aliases:aliasLocations:sourceName:register:)"))
        # Since the register and the table are kept built (ReadingCache.value): a kept entry
        # read back, or on a miss the building above through the cache's `make`.
        kept = "ReadingCache.value<A, B>(of:kind:display:encode:decode:make:)"
        row(2, "legal register: through ReadingCache (kept, or built on a miss)", p.edge(register, kept))
        row(2, "award rules: through ReadingCache (kept, or built on a miss)", p.edge(rules, kept))
    checking = row(1, "checking the inputs (InputChecker.check)", p.node("InputChecker.check(_:inputs:)"))
    if checking:
        row(2, "of which reading lists (ListReader.run)", p.node("ListReader.run()"))
    row(1, "award computation", p.node("AwardComputation.run(_:decisionDate:dateNode:statedAmounts:errors:notices:)"))
    phrases = row(1, "phrases (PhraseFiller.fill)", p.node("PhraseFiller.fill(_:root:errors:)"))
    if phrases:
        row(2, "Mustache parsing of the phrases", p.edge("PhraseFiller.fill(_:root:errors:)", mustache))
        row(2, "Mustache rendering", p.edge("PhraseFiller.fill(_:root:errors:)", render))
    row(1, "body: Mustache rendering of the sections (BodyAssembler.parts)", p.node("BodyAssembler.parts(_:plan:root:)"))
    row(1, "markup parsing (BodyAssembler.parse)", p.node("static BodyAssembler.parse(_:)"))
    prepare = p.node("Pipeline.prepare(_:clock:)")
    counted = sum(cost for depth, label, cost in rows if depth == 1) - start
    counted -= p.node("static ParsableCommand.parseAsRoot(_:)") + p.node("loadPipeline(fontDirectory:)")
    row(1, "rest of preparing the document", prepare - counted)
    row(1, "NĐ 30 composition (DocumentComposer.compose)", p.node("DocumentComposer.compose(_:)"))
    row(1, "layout (Typesetter.layout)", p.node("Typesetter.layout(_:pageDone:)"))
    row(1, "NĐ 30 conformance of the pages (ND30Conformance.check)", p.node("static ND30Conformance.check(_:laidOut:style:)"))
    # Builds before the PDF writer was VanBan's own (main ee619d1 and earlier) drew through
    # Cairo: their profiles show the two Cairo rows, later ones the PDF writer's.
    row(1, "drawing the pages (LayoutOutput.draw, worker thread)", p.node("LayoutOutput.draw(_:)") - p.node("cairo_show_page"))
    row(1, "Cairo: cairo_show_page (page analysis, content streams)", p.node("cairo_show_page"))
    row(1, "Cairo: cairo_surface_finish (font subsets, compression)", p.node("cairo_surface_finish"))
    # (The Cairo-based writer was also called PDFOutput: its finish is the Cairo row above.)
    finish = 0 if p.node("cairo_surface_finish") else row(1, "PDF writer: finishing (PDFOutput.finish)", p.node("PDFOutput.finish(metadata:outline:)"))
    if finish:
        row(2, "font subsets (hb-subset)", p.edge("PDFFont.subsetFontFile(glyphs:)", "hb_subset_plan_create_or_fail")
            + p.edge("PDFFont.subsetFontFile(glyphs:)", "hb_subset_plan_execute_or_fail"))
    listed = sum(cost for depth, label, cost in rows if depth == 1)
    row(1, "everything else (fonts, threads, runtime, output file)", p.total - listed)
    return rows


def cross_cutting(p):
    """Costs spread over the phases above (already counted in them)."""
    rows = [
        ("YAML composition, every file parsed (YAMLReader.read)", p.node("YAMLReader.read()")),
        ("parsed trees from the cache (TreeCoding.decode)", p.node("static TreeCoding.decode(_:)")),
        ("Mustache parsing, every template (MustacheTemplate.init(string:))", p.node("MustacheTemplate.init(string:)")),
        ("  of which Parser.read(count:) → String.distance(from:to:)", p.edge("Parser.read(count:)", "String.distance(from:to:)")),
        ("Mustache rendering, every template", p.node("MustacheTemplate.render(_:library:)")),
        ("Swift runtime: protocol conformance look-ups", p.node("swift_conformsToProtocolMaybeInstantiateSuperclasses(swift::TargetMetadata<swift::InProcess> const*, swift::TargetProtocolDescriptor<swift::InProcess> const*, bool)")),
        ("deflate (zlib: the PDF's streams)", p.node("deflate")),
    ]
    return [(label, cost) for label, cost in rows if cost]


def main():
    for path in sys.argv[1:]:
        p = Profile(path)
        print(f"{path}: {p.total / 1e6:.1f} M instructions")
        for depth, label, cost in phases(p):
            print(f"  {'  ' * (depth - 1)}{label:<{70 - 2 * depth}} {cost / 1e6:7.1f} M {100 * cost / p.total:5.1f} %")
        print("  spread over the phases:")
        for label, cost in cross_cutting(p):
            print(f"    {label:<66} {cost / 1e6:7.1f} M {100 * cost / p.total:5.1f} %")


if __name__ == "__main__":
    main()
