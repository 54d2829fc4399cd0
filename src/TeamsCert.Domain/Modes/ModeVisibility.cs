namespace TeamsCert.Domain.Modes;

/// <summary>Whether a characteristic test is announced (公开) or done by mystery shopping (神秘顾客/暗访).</summary>
public enum ModeVisibility
{
    Open,
    Mystery,
}
