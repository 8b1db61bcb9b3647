// The one type for a place in a source file, which this module's API carries.
@_exported import SourceLocations
