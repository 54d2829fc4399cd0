using System.Globalization;
using TeamsCert.Domain;

namespace TeamsCert.Infrastructure.Documents;

/// <summary>The upload passed its purpose's size limit (<c>Documents:MaxBytes:{purpose}</c>); nothing is kept.</summary>
public sealed class DocumentTooLargeException(long maxBytes) : DomainException(Describe(maxBytes))
{
    public long MaxBytes { get; } = maxBytes;

    public static string Describe(long maxBytes)
    {
        var mb = (maxBytes / (double)DocumentOptions.Megabyte).ToString("0.##", CultureInfo.InvariantCulture);
        return $"文件超过此用途允许的大小 {mb} MB，未保存 / the file is larger than the {mb} MB allowed for this purpose; nothing was stored";
    }
}
