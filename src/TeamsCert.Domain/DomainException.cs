namespace TeamsCert.Domain;

/// <summary>Base of every error the domain raises on purpose; the message is safe to show to users.</summary>
public abstract class DomainException(string message) : Exception(message);
