namespace Lineage.Reading;

public enum DocumentFormat
{
    Text,
    Markdown,
    Html,
    JsonLine,
}
