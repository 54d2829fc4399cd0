namespace TeamsCert.Domain.Scoring;

/// <summary>The lift (提升) indicator groups of 000/003 §10.1.2: 创新发展指标 and 社会影响指标.</summary>
public enum LiftGroup
{
    Innovation,
    Social,
}
