using CsCheck;

namespace Omigjen.OpeningHours.Tests.Properties;

public class ScheduleProperties
{
    private static readonly DateTimeOffset Start = Oslo.At(2026, 1, 1);
    private static readonly EvaluationContext Context = EvaluationContext.Oslo;

    /// <summary>A valid value and an instant within two years (minutes after 2026-01-01, covering both DST switches).</summary>
    private static readonly Gen<(string Value, DateTimeOffset At)> ValueAndInstant =
        Gen.Select(Gen.Int[0, int.MaxValue - 1], Gen.Int[0, 2 * 366 * 24 * 60], (seed, minutes) => (ValueGenerator.Build(seed), Start.AddMinutes(minutes)));

    [Fact]
    public void ParsingTheNormalisedValueGivesTheSameSchedule()
    {
        ValueAndInstant.Sample((value, at) =>
        {
            var first = Oslo.Parse(value);
            var second = Oslo.Parse(first.NormalizedValue);

            Assert.Equal(first.NormalizedValue, second.NormalizedValue);
            for (int hour = 0; hour < 24 * 8; hour += 5)
            {
                var instant = at.AddHours(hour);
                Assert.Equal(first.GetState(instant, Context), second.GetState(instant, Context));
            }
        }, iter: 300);
    }

    [Fact]
    public void NextChangeIsLaterAndTheStateFlipsThere()
    {
        ValueAndInstant.Sample((value, at) =>
        {
            var schedule = Oslo.Parse(value);
            var before = schedule.GetState(at, Context).State;
            var next = schedule.GetNextChange(at, Context, at.AddDays(40));
            if (next is null)
            {
                // No change within the window: sampled states must all equal the starting state.
                for (int h = 1; h < 40 * 24; h += 7)
                {
                    Assert.Equal(before, schedule.GetState(at.AddHours(h), Context).State);
                }

                return;
            }

            Assert.True(next > at);
            Assert.NotEqual(before, schedule.GetState(next.Value, Context).State);
            var justBefore = next.Value.AddMinutes(-1);
            if (justBefore > at)
            {
                Assert.Equal(before, schedule.GetState(justBefore, Context).State);
            }
        }, iter: 300);
    }

    [Fact]
    public void StatesAgreeWithIntervals()
    {
        ValueAndInstant.Sample((value, at) =>
        {
            var schedule = Oslo.Parse(value);
            var end = at.AddDays(3);
            var intervals = schedule.GetIntervals(at, end, Context);

            Assert.Equal(at, intervals[0].From);
            Assert.Equal(end, intervals[^1].To);
            for (int i = 0; i < intervals.Count; i++)
            {
                var interval = intervals[i];
                Assert.True(interval.From < interval.To);
                Assert.Equal(interval.State, schedule.GetState(interval.From, Context).State);
                Assert.Equal(interval.State, schedule.GetState(interval.To.AddMinutes(-1) < interval.From ? interval.From : interval.To.AddMinutes(-1), Context).State);
                if (i > 0)
                {
                    Assert.Equal(intervals[i - 1].To, interval.From);
                    Assert.NotEqual(intervals[i - 1].State, interval.State);
                }
            }
        }, iter: 200);
    }

    [Fact]
    public void OpenAnyAndOpenAllFollowTheIntervals()
    {
        ValueAndInstant.Sample((value, at) =>
        {
            var schedule = Oslo.Parse(value);
            var end = at.AddHours(30);
            var states = schedule.GetIntervals(at, end, Context).Select(i => i.State).ToList();

            Assert.Equal(states.Contains(OpeningState.Open), schedule.IsOpenAny(at, end, Context));
            Assert.Equal(states.TrueForAll(s => s == OpeningState.Open), schedule.IsOpenAll(at, end, Context));
        }, iter: 200);
    }
}
