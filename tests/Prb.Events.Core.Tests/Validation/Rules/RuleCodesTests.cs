using System.Reflection;
using CsCheck;
using Prb.Events.Tests.TestSupport;
using Prb.Events.Validation.Rules;

namespace Prb.Events.Tests.Validation.Rules;

/// <summary>Each rule reports its own codes and no other, each code belongs to one rule, and the validator reports what
/// the rules report, in their order.</summary>
public sealed class RuleCodesTests
{
    /// <summary>The rules of <see cref="EventValidator.Validate"/> in its order, each with the codes it may report.</summary>
    private static readonly (IEventRule Rule, Type Owner, string[] Codes)[] EventRules =
    [
        (new RequiredTextRule(), typeof(RequiredTextRule), [DiagnosticCodes.RequiredTextBlank]),
        (new LanguageTagRule(), typeof(LanguageTagRule), [DiagnosticCodes.InvalidLanguageTag]),
        (new EachDay(new TimeOrderRule()), typeof(TimeOrderRule), [DiagnosticCodes.EndNotAfterStart]),
        (new EachDay(new DaysOrderRule()), typeof(DaysOrderRule), [DiagnosticCodes.DaysOutOfOrder]),
        (new TimeZoneRule(), typeof(TimeZoneRule), [DiagnosticCodes.UnknownTimeZone]),
        (new LocalTimeRule(), typeof(LocalTimeRule), [DiagnosticCodes.SkippedLocalTime, DiagnosticCodes.AmbiguousLocalTime, DiagnosticCodes.OffsetNotInZone]),
        (new EachAgendaItem(new TimeOrderRule()), typeof(TimeOrderRule), [DiagnosticCodes.EndNotAfterStart]),
        (new EachAgendaItem(new AgendaWithinDaysRule()), typeof(AgendaWithinDaysRule), [DiagnosticCodes.OutsideEventDays]),
        (new RoomOverlapRule(), typeof(RoomOverlapRule), [DiagnosticCodes.RoomOverlap]),
        (new SpeakerClashRule(), typeof(SpeakerClashRule), [DiagnosticCodes.SpeakerDoubleBooked]),
        (new ContactRule(), typeof(ContactRule), [DiagnosticCodes.InvalidEmail, DiagnosticCodes.InvalidPhone]),
        (new DuplicateIdRule(), typeof(DuplicateIdRule), [DiagnosticCodes.DuplicateId]),
        (new ReferenceRule(), typeof(ReferenceRule), [DiagnosticCodes.UnknownReference]),
        (new UrlRule(), typeof(UrlRule), [DiagnosticCodes.UnsupportedUrlScheme]),
        (new RegistrationRule(), typeof(RegistrationRule), [DiagnosticCodes.RegistrationAfterStart]),
        (new SeriesDaysRule(), typeof(SeriesDaysRule), [DiagnosticCodes.SeriesWithSeveralDays]),
        (new RecurrenceRangeRule(), typeof(RecurrenceRangeRule), [DiagnosticCodes.RecurrenceIntervalNotPositive, DiagnosticCodes.RecurrenceCountNotPositive, DiagnosticCodes.RecurrenceCountTooLarge, DiagnosticCodes.RecurrenceUntilBeforeStart]),
        (new RecurrenceOccursRule(), typeof(RecurrenceOccursRule), [DiagnosticCodes.RecurrenceNeverOccurs, DiagnosticCodes.SeriesStartNotOccurrence]),
        (new OccurrenceReferencesRule(), typeof(OccurrenceReferencesRule), [DiagnosticCodes.NotAnOccurrence, DiagnosticCodes.DuplicateOccurrence]),
        (new EachOverride(new TimeOrderRule()), typeof(TimeOrderRule), [DiagnosticCodes.EndNotAfterStart]),
    ];

    /// <summary>The rules of <see cref="EventValidator.ValidateUpdate"/> after the new revision's own, in its order.</summary>
    private static readonly (IUpdateRule Rule, string[] Codes)[] UpdateRules =
    [
        (new SameEventRule(), [DiagnosticCodes.DifferentEvent]),
        (new RevisionRule(), [DiagnosticCodes.RevisionWentBack, DiagnosticCodes.ChangedWithoutNewRevision]),
    ];

    [Fact]
    public void EveryCode_BelongsToExactlyOneRule()
    {
        var owners = EventRules.SelectMany(r => r.Codes.Select(c => (Code: c, Owner: r.Owner)))
            .Concat(UpdateRules.SelectMany(r => r.Codes.Select(c => (Code: c, Owner: r.Rule.GetType()))))
            .Distinct()
            .ToList();
        var all = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!);

        Assert.Equal(all.Order(StringComparer.Ordinal), owners.Select(o => o.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EachRule_OnUnsoundEvents_ReportsOnlyItsOwnCodes()
    {
        UnsoundEvents.Events.Sample(e =>
        {
            foreach (var (rule, owner, codes) in EventRules)
            {
                Assert.All(Run.Rule(rule, e), d => Assert.True(codes.Contains(d.Code), $"{owner.Name} reported {d}"));
            }
        }, iter: 300);
    }

    [Fact]
    public void EachUpdateRule_OnUnsoundUpdates_ReportsOnlyItsOwnCodes()
    {
        UnsoundEvents.Updates.Sample(update =>
        {
            foreach (var (rule, codes) in UpdateRules)
            {
                Assert.All(Run.Rule(rule, update.Previous, update.Next), d => Assert.True(codes.Contains(d.Code), $"{rule.GetType().Name} reported {d}"));
            }
        }, iter: 300);
    }

    [Fact]
    public void Validate_OnUnsoundEvents_ReportsWhatEachRuleReportsInTurn()
    {
        UnsoundEvents.Events.Sample(e =>
        {
            // The rules over days and over the agenda run per day and per item, so their diagnostics interleave.
            var expected = new List<Diagnostic>();
            expected.AddRange(Run.Rule(new RequiredTextRule(), e));
            expected.AddRange(Run.Rule(new LanguageTagRule(), e));
            expected.AddRange(Run.Rule(new EachDay(new TimeOrderRule(), new DaysOrderRule()), e));
            expected.AddRange(Run.Rule(new TimeZoneRule(), e));
            expected.AddRange(Run.Rule(new LocalTimeRule(), e));
            expected.AddRange(Run.Rule(new EachAgendaItem(new TimeOrderRule(), new AgendaWithinDaysRule()), e));
            foreach (var rule in EventRules.Skip(8).Select(r => r.Rule))
            {
                expected.AddRange(Run.Rule(rule, e));
            }

            Assert.Equal(expected.Select(Text), EventValidator.Default.Validate(e).Diagnostics.Select(Text));
        }, iter: 300);
    }

    [Fact]
    public void ValidateUpdate_OnUnsoundUpdates_ReportsTheNewRevisionThenEachUpdateRuleInTurn()
    {
        UnsoundEvents.Updates.Sample(update =>
        {
            var expected = EventValidator.Default.Validate(update.Next).Diagnostics
                .Concat(UpdateRules.SelectMany(r => Run.Rule(r.Rule, update.Previous, update.Next)));

            Assert.Equal(expected.Select(Text), EventValidator.Default.ValidateUpdate(update.Previous, update.Next).Diagnostics.Select(Text));
        }, iter: 300);
    }

    private static string Text(Diagnostic d) => $"{d} ({d.Severity}, {d.RelatedLocation})";
}
