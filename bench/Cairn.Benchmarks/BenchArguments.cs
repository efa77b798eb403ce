using System.Globalization;

namespace Cairn.Benchmarks;

/// <summary>The benchmark's command-line options (<c>--name value</c> pairs and <c>--flag</c> switches).</summary>
public sealed class BenchArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public static BenchArguments Parse(string[] args)
    {
        var parsed = new BenchArguments();
        for (var index = 0; index < args.Length; index++)
        {
            var name = args[index];
            if (!name.StartsWith("--", StringComparison.Ordinal))
            {
                throw new BenchmarkException($"unexpected argument '{name}'");
            }

            var hasValue = index + 1 < args.Length && !args[index + 1].StartsWith("--", StringComparison.Ordinal);
            parsed._values[name[2..]] = hasValue ? args[++index] : "true";
        }

        return parsed;
    }

    public string? Get(string name) => _values.GetValueOrDefault(name);

    public bool Flag(string name) => _values.TryGetValue(name, out var value) && value != "false";

    public int? Number(string name) =>
        _values.TryGetValue(name, out var value)
            ? int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : throw new BenchmarkException($"--{name} needs a number")
            : null;

    public IReadOnlyList<string> List(string name, string fallback) =>
        (Get(name) ?? fallback).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The MedQuAD folder: --corpus, $CAIRN_SHARED_DATA/medquad, or shared/data/medquad above the working folder.</summary>
    public string Corpus()
    {
        if (Get("corpus") is { } corpus)
        {
            return Directory.Exists(corpus) ? Path.GetFullPath(corpus) : throw new BenchmarkException($"--corpus {corpus}: no such folder");
        }

        if (Environment.GetEnvironmentVariable("CAIRN_SHARED_DATA") is { Length: > 0 } shared && Directory.Exists(Path.Combine(shared, "medquad")))
        {
            return Path.Combine(shared, "medquad");
        }

        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "data", "medquad");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new BenchmarkException("MedQuAD not found: pass --corpus DIR (the shared/data/medquad folder)");
    }

    /// <summary>Where indexes and the embedding cache live: --data, or artifacts/bench-data in the repository.</summary>
    public string Data()
    {
        if (Get("data") is { } data)
        {
            return Path.GetFullPath(data);
        }

        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Cairn.slnx")))
            {
                return Path.Combine(directory.FullName, "artifacts", "bench-data");
            }
        }

        return Path.Combine(Path.GetTempPath(), "cairn-bench-data");
    }

    /// <summary>The arguments to hand to a child process.</summary>
    public IEnumerable<string> Forward(params string[] names)
    {
        foreach (var name in names)
        {
            if (_values.TryGetValue(name, out var value))
            {
                yield return "--" + name;
                yield return value;
            }
        }
    }
}

/// <summary>A problem with the benchmark's input; printed without a stack trace.</summary>
public sealed class BenchmarkException(string message) : Exception(message);
