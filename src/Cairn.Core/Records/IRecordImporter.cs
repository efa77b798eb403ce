namespace Cairn.Core.Records;

/// <summary>Reads one kind of record file into facts. Pure: no storage, no clinical interpretation.</summary>
public interface IRecordImporter
{
    /// <summary>The kind of document this importer reads.</summary>
    DocumentKind Kind { get; }

    /// <summary>True when the file looks like this importer's kind (by content, not only by name).</summary>
    bool CanImport(RecordFile file);

    /// <summary>Extracts facts. Never guesses: values the file does not state are not returned.</summary>
    /// <exception cref="RecordImportException">The file is malformed, empty or not of this kind.</exception>
    ImportResult Import(RecordFile file);
}
