/// The command lines of `vanban render` and `vanban check` in their plain forms, read without
/// ArgumentParser: on the render path its parse costs more than the rest of the command line's
/// work together (its completion-script check and its reflection over the command tree, about
/// 11 M instructions of a 140 M run; docs/performance.md). Anything else — another command, an
/// option written `--output=x` or `-ox`, a value that starts with «-», an option given twice,
/// `--`, no file — is not read here, and ArgumentParser reads it as before, with its messages.
/// A test holds every form read here to what ArgumentParser makes of it.
enum QuickArguments {
    enum Command: Equatable {
        case render(RenderRequest)
        case check(CheckRequest)
    }

    static func command(_ arguments: [String]) -> Command? {
        guard let name = arguments.first, name == "render" || name == "check",
              let words = Words(Array(arguments.dropFirst()), flags: name == "render" ? ["--force"] : [],
                                options: name == "render" ? ["-o", "--output", "--png", "--fonts", "--allow"] : ["--fonts", "--allow"]),
              !words.positionals.isEmpty
        else { return nil }
        if name == "check" {
            return .check(CheckRequest(inputs: words.positionals, fontDirectory: words.single("--fonts"),
                                       allowedFolders: words.values["--allow"] ?? []))
        }
        return .render(RenderRequest(inputs: words.positionals, output: words.single("-o") ?? words.single("--output"),
                                     pngDirectory: words.single("--png"), fontDirectory: words.single("--fonts"),
                                     allowedFolders: words.values["--allow"] ?? [], force: words.flags.contains("--force")))
    }

    /// A command's words sorted into files, options with their values and flags; nil when a word
    /// is not of the plain forms.
    private struct Words {
        var positionals: [String] = []
        var values: [String: [String]] = [:]
        var flags: Set<String> = []

        init?(_ words: [String], flags known: Set<String>, options: Set<String>) {
            var index = 0
            while index < words.count {
                let word = words[index]
                index += 1
                guard word.hasPrefix("-") else { positionals.append(word); continue }
                if known.contains(word) {
                    guard flags.insert(word).inserted else { return nil }
                    continue
                }
                guard options.contains(word), index < words.count, !words[index].hasPrefix("-") else { return nil }
                values[word, default: []].append(words[index])
                index += 1
            }
            // `-o` and `--output` are one option; only `--allow` may be repeated.
            let outputs = (values["-o"]?.count ?? 0) + (values["--output"]?.count ?? 0)
            if outputs > 1 || values.contains(where: { $0.key != "--allow" && $0.value.count > 1 }) { return nil }
        }

        func single(_ option: String) -> String? { values[option]?.first }
    }

    /// Runs a command read here as ArgumentParser would have run it.
    static func run(_ command: Command) throws {
        switch command {
        case .render(let request): try request.run()
        case .check(let request): try request.run()
        }
    }
}
