using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Cairn.Knowledge.Embeddings;

/// <summary>
/// Vectors on disk, keyed by the SHA-256 of the exact text embedded, one folder per model
/// (<c>{root}/{modelId}/*.seg</c>). New vectors go to a new segment file written to a temporary name and renamed,
/// so readers never see half a file, several processes may share one cache, and an interrupted build keeps what it
/// had already saved. Many small segments are merged into one when opening. Thread-safe.
/// </summary>
public sealed class EmbeddingCache
{
    private const int Magic = 0x42454331; // "1CEB"
    private const int MaxSegments = 8;
    private const int KeyBytes = 32;

    private readonly Dictionary<UInt128Key, float[]> _vectors = [];
    private readonly Lock _gate = new();

    private EmbeddingCache(string folder, int dimensions)
    {
        Folder = folder;
        Dimensions = dimensions;
    }

    /// <summary>The model's folder.</summary>
    public string Folder { get; }

    public int Dimensions { get; }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _vectors.Count;
            }
        }
    }

    /// <summary>Opens (creating if needed) the cache of one model. Damaged or foreign segment files are skipped.</summary>
    public static EmbeddingCache Open(string root, string modelId, int dimensions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        var cache = new EmbeddingCache(Path.Combine(root, modelId), dimensions);
        Directory.CreateDirectory(cache.Folder);
        var segments = Directory.GetFiles(cache.Folder, "*.seg");
        foreach (var segment in segments)
        {
            cache.Read(segment);
        }

        if (segments.Length > MaxSegments)
        {
            cache.Compact(segments);
        }

        return cache;
    }

    /// <summary>The key of a text: SHA-256 of its UTF-8 bytes.</summary>
    public static byte[] KeyOf(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));

    public bool TryGet(string text, out float[] vector)
    {
        var key = new UInt128Key(KeyOf(text));
        lock (_gate)
        {
            return _vectors.TryGetValue(key, out vector!);
        }
    }

    /// <summary>Adds vectors and saves them as one new segment. Texts already cached are ignored.</summary>
    public void Add(IReadOnlyList<string> texts, IReadOnlyList<float[]> vectors)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(vectors);
        if (texts.Count != vectors.Count)
        {
            throw new ArgumentException("One vector per text is needed.", nameof(vectors));
        }

        var fresh = new List<(byte[] Key, float[] Vector)>();
        lock (_gate)
        {
            for (var index = 0; index < texts.Count; index++)
            {
                if (vectors[index].Length != Dimensions)
                {
                    throw new ArgumentException($"Vectors have {Dimensions} dimensions.", nameof(vectors));
                }

                var key = KeyOf(texts[index]);
                if (_vectors.TryAdd(new UInt128Key(key), vectors[index]))
                {
                    fresh.Add((key, vectors[index]));
                }
            }
        }

        if (fresh.Count > 0)
        {
            Write(Path.Combine(Folder, Guid.NewGuid().ToString("N") + ".seg"), fresh);
        }
    }

    private void Read(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            var record = KeyBytes + (Dimensions * sizeof(float));
            if (bytes.Length < 8 || BinaryPrimitives.ReadInt32LittleEndian(bytes) != Magic
                || BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4)) != Dimensions || (bytes.Length - 8) % record != 0)
            {
                return;
            }

            lock (_gate)
            {
                for (var offset = 8; offset < bytes.Length; offset += record)
                {
                    var key = new UInt128Key(bytes.AsSpan(offset, KeyBytes));
                    if (!_vectors.ContainsKey(key))
                    {
                        _vectors[key] = MemoryMarshal.Cast<byte, float>(bytes.AsSpan(offset + KeyBytes, Dimensions * sizeof(float))).ToArray();
                    }
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Removed by another process's compaction between listing and reading: its vectors are in the merged file.
        }
    }

    private void Compact(string[] segments)
    {
        List<(byte[], float[])> all;
        lock (_gate)
        {
            all = _vectors.Select(pair => (pair.Key.ToBytes(), pair.Value)).ToList();
        }

        Write(Path.Combine(Folder, Guid.NewGuid().ToString("N") + ".seg"), all);
        foreach (var segment in segments)
        {
            try
            {
                File.Delete(segment);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    private void Write(string path, IReadOnlyList<(byte[] Key, float[] Vector)> records)
    {
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        {
            Span<byte> header = stackalloc byte[8];
            BinaryPrimitives.WriteInt32LittleEndian(header, Magic);
            BinaryPrimitives.WriteInt32LittleEndian(header[4..], Dimensions);
            stream.Write(header);
            foreach (var (key, vector) in records)
            {
                stream.Write(key);
                stream.Write(MemoryMarshal.AsBytes(vector.AsSpan()));
            }

            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path);
    }

    /// <summary>The first 16 bytes of a SHA-256: plenty to tell texts apart, and cheap to hash and compare.</summary>
    private readonly record struct UInt128Key(UInt128 Value)
    {
        public UInt128Key(ReadOnlySpan<byte> hash)
            : this(BinaryPrimitives.ReadUInt128LittleEndian(hash))
        {
        }

        public byte[] ToBytes()
        {
            var bytes = new byte[KeyBytes];
            BinaryPrimitives.WriteUInt128LittleEndian(bytes, Value);
            return bytes;
        }
    }
}
