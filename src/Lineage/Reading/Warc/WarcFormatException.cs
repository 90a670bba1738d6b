namespace Lineage.Reading.Warc;

/// <summary>
/// The WARC data cannot be read on from here (truncated, or not WARC): the reader stops and the
/// message, which says what was found, becomes one problem for the file.
/// </summary>
internal sealed class WarcFormatException(string message) : Exception(message);
