using System.Text.Json.Serialization;
using NodaTime;

#pragma warning disable CA1812 // Instantiated by System.Text.Json.
#pragma warning disable CA1002, CA2227 // Plain data transfer shapes of the document format.

namespace Prb.Events;

/// <summary>The shapes of the JSON event document, version 1 (see docs/schema). Property order is the written order.</summary>
internal static partial class Dto
{
    internal sealed class Document
    {
        [JsonPropertyName("$schema")]
        public string? Schema { get; init; }

        public required string FormatVersion { get; init; }

        public required string Id { get; init; }

        public string? Slug { get; init; }

        public required string Title { get; init; }

        public string? Edition { get; init; }

        public required EventKind Kind { get; init; }

        public EventStatus Status { get; init; }

        public EventTime? RescheduledFrom { get; init; }

        public required string TimeZone { get; init; }

        public required List<Day> Days { get; init; }

        public Series? Series { get; init; }

        public Venue? Venue { get; init; }

        public List<string>? OrganizerIds { get; init; }

        public List<Partner>? Partners { get; init; }

        public List<Contact>? Contacts { get; init; }

        public string? Description { get; init; }

        public required string Language { get; init; }

        public Uri? Url { get; init; }

        public List<string>? Tags { get; init; }

        /// <summary>Since format 1.1.</summary>
        public List<Audience>? Audiences { get; init; }

        public Listing? Listing { get; init; }

        public Registration? Registration { get; init; }

        public int Revision { get; init; }

        public Instant? LastModified { get; init; }

        public string? ProgrammeId { get; init; }

        public List<AgendaItem>? Agenda { get; init; }

        public List<Person>? People { get; init; }

        public List<Organization>? Organizations { get; init; }

        public List<Library>? Libraries { get; init; }

        public List<Programme>? Programmes { get; init; }

        public List<Partnership>? Partnerships { get; init; }

        public List<Contest>? Contests { get; init; }

        public List<Assumption>? Assumptions { get; init; }
    }

    internal sealed class Day
    {
        public required EventTime Start { get; init; }

        public required EventTime End { get; init; }
    }

    internal sealed class Address
    {
        public required string Street { get; init; }

        public required string PostalCode { get; init; }

        public required string Locality { get; init; }

        public string? Region { get; init; }

        public required string CountryCode { get; init; }
    }

    internal sealed class Geo
    {
        public required double Latitude { get; init; }

        public required double Longitude { get; init; }
    }

    internal sealed class Venue
    {
        public required string Name { get; init; }

        public Address? Address { get; init; }

        public Geo? Geo { get; init; }

        public Uri? OnlineUrl { get; init; }
    }

    internal sealed class Partner
    {
        public required string OrganizationId { get; init; }

        public required PartnerRole Role { get; init; }

        public string? Description { get; init; }
    }

    internal sealed class Contact
    {
        public required string PersonId { get; init; }

        public required ContactRole Role { get; init; }

        public string? RoleTitle { get; init; }

        public string? Phone { get; init; }

        public string? Email { get; init; }
    }

    internal sealed class Listing
    {
        public required LocalDate DateAdded { get; init; }

        public string? SubmittedBy { get; init; }

        public bool Featured { get; init; }

        public string? PublisherId { get; init; }

        public Uri? Url { get; init; }
    }

    internal sealed class Fee
    {
        public required string Name { get; init; }

        public required decimal Amount { get; init; }

        public required string Currency { get; init; }

        public LocalDate? Until { get; init; }
    }

    internal sealed class Registration
    {
        public EventTime? Deadline { get; init; }

        public int? Capacity { get; init; }

        public List<Fee>? Fees { get; init; }

        public Uri? Url { get; init; }
    }

    internal sealed class AgendaItem
    {
        public required string Id { get; init; }

        public required AgendaItemKind Kind { get; init; }

        public required string Title { get; init; }

        public string? Description { get; init; }

        public required EventTime Start { get; init; }

        public required EventTime End { get; init; }

        public string? Room { get; init; }

        public string? Track { get; init; }

        public List<string>? SpeakerIds { get; init; }

        public AgendaItemStatus Status { get; init; }

        public int Revision { get; init; }
    }

    internal sealed class Person
    {
        public required string Id { get; init; }

        public required string Name { get; init; }

        public string? Honorific { get; init; }

        public string? JobTitle { get; init; }

        public string? AffiliationId { get; init; }

        public string? Affiliation { get; init; }
    }

    internal sealed class Organization
    {
        public required string Id { get; init; }

        public required string Name { get; init; }

        public required OrganizationKind Kind { get; init; }

        public string? ShortName { get; init; }

        public Uri? Url { get; init; }

        public Address? Address { get; init; }
    }

    internal sealed class Municipality
    {
        public required string Name { get; init; }

        public required MunicipalityType Type { get; init; }

        public required Voivodeship Voivodeship { get; init; }
    }

    internal sealed class Library
    {
        public required string Id { get; init; }

        public required string OfficialName { get; init; }

        public required LibraryKind Kind { get; init; }

        public required Municipality Municipality { get; init; }

        public string? ShortName { get; init; }

        public string? Patron { get; init; }

        public string? ParentId { get; init; }

        public Address? Address { get; init; }

        public Uri? Url { get; init; }

        public string? DirectorId { get; init; }
    }

    internal sealed class ProgrammeRegion
    {
        public required Voivodeship Voivodeship { get; init; }

        public int? LibraryCount { get; init; }

        public bool CountIsApproximate { get; init; }

        public bool CountIncludesBranches { get; init; }

        public List<string>? LibraryIds { get; init; }
    }

    internal sealed class Programme
    {
        public required string Id { get; init; }

        public required string Name { get; init; }

        public required string OperatorId { get; init; }

        public string? ShortName { get; init; }

        public List<string>? Goals { get; init; }

        public List<ProgrammeRegion>? Regions { get; init; }

        public Uri? Url { get; init; }
    }

    internal sealed class Member
    {
        public required string Name { get; init; }

        public required PartnerSector Sector { get; init; }

        public string? PersonId { get; init; }

        public string? OrganizationId { get; init; }

        public string? Contribution { get; init; }
    }

    internal sealed class Partnership
    {
        public required string Id { get; init; }

        public required string Name { get; init; }

        public required string LibraryId { get; init; }

        public required Municipality Municipality { get; init; }

        public List<Member>? Members { get; init; }
    }

    internal sealed class Result
    {
        public int? Place { get; init; }

        public string? Distinction { get; init; }

        public string? Prize { get; init; }
    }

    internal sealed class Entry
    {
        public required string Id { get; init; }

        public required string LibraryId { get; init; }

        public required string ProjectTitle { get; init; }

        public string? PartnershipId { get; init; }

        public Result? Result { get; init; }

        public string? ReceivedById { get; init; }

        public string? Description { get; init; }
    }

    internal sealed class Presentation
    {
        public required string AgendaItemId { get; init; }

        public List<string>? PresenterIds { get; init; }
    }

    internal sealed class Contest
    {
        public required string Id { get; init; }

        public required string Name { get; init; }

        public required string OrganizerId { get; init; }

        public string? Edition { get; init; }

        public string? ProgrammeId { get; init; }

        public List<Entry>? Entries { get; init; }

        public Presentation? Presentation { get; init; }

        public string? Description { get; init; }
    }

    internal sealed class Assumption
    {
        public required string Path { get; init; }

        public required string Note { get; init; }
    }
}
