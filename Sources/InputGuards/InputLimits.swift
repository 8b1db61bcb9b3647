/// The bounds on what VanBan reads from a user, in one place. Each reader checks its own and
/// says in Vietnamese which bound was passed. Any input inside them is read, checked and laid
/// out in seconds and a few hundred megabytes; real files stay far inside them (the largest
/// example data set is 4 KB, the largest list 60 rows).
public enum InputLimits {
    // MARK: Files

    /// A data file (YAML, JSON) or a shared file it includes (`dung_chung`).
    public static let dataFileBytes = 5 * megabyte
    /// A data file and all the shared files it includes, together.
    public static let documentDataBytes = 10 * megabyte
    /// Shared files read for one data file, counting a file each time it is named (a file
    /// naming the same file a thousand times, which names another a thousand times…).
    public static let sharedFileReads = 64
    /// A list file named by data (CSV, and spreadsheets).
    public static let listFileBytes = 20 * megabyte
    /// An image named by data (a signature).
    public static let imageFileBytes = 20 * megabyte
    /// Pixels of such an image: a small PNG can unpack to gigabytes.
    public static let imagePixels = 16_000_000
    /// A template's declaration, body or shared partial.
    public static let templateFileBytes = 1 * megabyte

    public static let megabyte = 1024 * 1024

    // MARK: Structure

    /// Lists and maps inside each other in a data file (the shipped templates need 4).
    public static let nestingDepth = 32
    /// Blocks (`::: …`) inside each other in document markup (the shipped templates need 2).
    public static let markupBlockDepth = 16
    /// Columns of a markup table (an A4 page in landscape holds a few dozen at most).
    public static let tableColumns = 64
    /// The widest a markup column may be written: millimetres (`15mm`), or shares of the
    /// width left (`3*`). An A4 page is 297 mm; a share of 10²⁰ overflowed what used it.
    public static let largestColumnWidth = 1_000.0
    /// The largest number markup counts on from (`{số=…}`, `Điều 5.`); a larger one is printed
    /// as written and counting goes on as if it were not there.
    public static let largestCountedNumber = 9_999
    /// Alias uses (`*ten`) in one YAML file.
    public static let aliasUses = 10_000
    /// Values (lists, maps, texts, empty values) in one file's tree once its aliases are
    /// expanded: what checking and filling walk.
    public static let valuesPerFile = 500_000
    /// The text (UTF-8 bytes of values) that the aliases of one file may add when expanded: a
    /// multiple of the file's own size, and never less than the floor.
    public static func aliasExpansionBytes(fileBytes: Int) -> Int {
        max(aliasExpansionFloor, aliasExpansionFactor * fileBytes)
    }
    public static let aliasExpansionFactor = 4
    public static let aliasExpansionFloor = 64 * 1024

    // MARK: Values

    /// Items in one list (recipients, scores, members), from YAML or a list file.
    public static let listItems = 20_000
    /// Cells in one row of a list file.
    public static let listColumns = 1_000
    /// Characters in one value: layout time grows with the longest unbreakable text.
    public static let valueCharacters = 10_000
    /// The largest whole number a data file may write (15 digits: money in đồng, with room),
    /// so that no computation on one can overflow.
    public static let largestWholeNumber = 999_999_999_999_999
    /// Years, wherever a year is meant (a year field, the year of a date).
    public static let years = 1900...2200

    // MARK: Messages

    /// Problems reported for one document; the rest are counted (a list of 20.000 rows with
    /// the same mistake would otherwise print 20.000 lines).
    public static let reportedProblems = 100

    /// Characters of a value that a message quotes (`Excerpt.quoted`).
    public static let excerptCharacters = 60
    /// Characters of a file's path that a message shows (longer ones are cut).
    public static let excerptPathCharacters = 200
    /// The longest unknown key or column header for which a spelling suggestion is sought:
    /// longer ones are no slip of the keyboard, and comparing each with every allowed key, in
    /// every row of a list, costs seconds.
    public static let longestSuggestedKey = 64
}
