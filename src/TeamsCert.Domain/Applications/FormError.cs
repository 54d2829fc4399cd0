namespace TeamsCert.Domain.Applications;

/// <summary>Why one field's value was refused; <see cref="Field"/> is the field's code.</summary>
public sealed record FormError(string Field, string Message);
