namespace TeamsCert.Infrastructure.Persistence;

public static class TimerStatus
{
    public const string Pending = "pending";
    public const string Fired = "fired";
    public const string Cancelled = "cancelled";
}
