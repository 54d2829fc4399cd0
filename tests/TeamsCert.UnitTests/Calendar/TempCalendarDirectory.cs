namespace TeamsCert.UnitTests.Calendar;

/// <summary>A throw-away operator calendar directory, deleted on dispose.</summary>
internal sealed class TempCalendarDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("teamscert-calendar-").FullName;

    public string Write(string fileName, string json)
    {
        var file = System.IO.Path.Combine(Path, fileName);
        File.WriteAllText(file, json);
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
