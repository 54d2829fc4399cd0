namespace TeamsCert.Domain.Certificates;

/// <summary>Hands out the next certificate sequence number of a scheme and year (004 §6.2.2 顺序号; 002 §10.3).</summary>
public interface ICertificateSequence
{
    int Take(string scheme, int year);
}
