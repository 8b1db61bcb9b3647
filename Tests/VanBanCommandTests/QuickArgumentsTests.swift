import Testing
@testable import vanban

/// The command lines `QuickArguments` reads are read as ArgumentParser reads them, and it leaves
/// every other form to ArgumentParser.
@Suite struct QuickArgumentsTests {
    /// What ArgumentParser makes of a command line, in the same terms.
    static func parsed(_ arguments: [String]) throws -> QuickArguments.Command? {
        let command = try VanBan.parseAsRoot(arguments)
        if let render = command as? RenderCommand { return .render(render.request) }
        if let check = command as? CheckCommand { return .check(check.request) }
        return nil
    }

    static let plainForms: [[String]] = [
        ["render", "qd.yaml"],
        ["render", "qd.yaml", "-o", "ra/qd.pdf", "--force"],
        ["render", "--force", "a.yaml", "b.yaml", "--output", "ra", "--png", "anh"],
        ["render", "Examples", "--fonts", "Phông", "--allow", "../chung", "--allow", "/srv/chung"],
        ["render", "quyết định.yaml", "-o", "quyết định.pdf"],
        ["check", "qd.yaml"],
        ["check", "Examples", "a.yaml", "--fonts", "f", "--allow", "x"],
    ]

    @Test(arguments: plainForms)
    func readsAsArgumentParserDoes(arguments: [String]) throws {
        let quick = try #require(QuickArguments.command(arguments), "\(arguments) is a plain form")
        #expect(quick == (try Self.parsed(arguments)))
    }

    static let otherForms: [[String]] = [
        ["render"], ["check"], ["render", "--force"],
        ["render", "qd.yaml", "--output=ra.pdf"], ["render", "qd.yaml", "-ora.pdf"],
        ["render", "qd.yaml", "-o"], ["render", "qd.yaml", "-o", "--force"],
        ["render", "qd.yaml", "-o", "a.pdf", "--output", "b.pdf"], ["render", "qd.yaml", "--png", "a", "--png", "b"],
        ["render", "qd.yaml", "--force", "--force"], ["render", "--", "-qd.yaml"], ["render", "-"],
        ["check", "qd.yaml", "--force"], ["check", "qd.yaml", "-o", "x.pdf"], ["render", "qd.yaml", "--unknown"],
        ["templates"], ["new", "quyet-dinh-khen-thuong"], ["so", "cap", "qd.yaml"], ["qd.yaml"],
    ]

    @Test(arguments: otherForms)
    func leavesOtherFormsToArgumentParser(arguments: [String]) {
        #expect(QuickArguments.command(arguments) == nil)
    }

    /// Some of those forms are errors ArgumentParser reports; the rest it reads itself.
    @Test func theOtherFormsStillMeanWhatArgumentParserSays() throws {
        #expect(throws: (any Error).self) { try Self.parsed(["render", "qd.yaml", "-o"]) }
        #expect(throws: (any Error).self) { try Self.parsed(["check", "qd.yaml", "--force"]) }
        #expect(try Self.parsed(["render", "qd.yaml", "--output=ra.pdf"]) == .render(RenderRequest(inputs: ["qd.yaml"], output: "ra.pdf")))
        #expect(try Self.parsed(["render", "--", "-qd.yaml"]) == .render(RenderRequest(inputs: ["-qd.yaml"])))
    }
}
