using System.Globalization;
using System.Resources;

namespace Cairn.Records.Fhir.Resources;

/// <summary>
/// The FHIR importer's messages (errors and warnings a patient reads), kept in <c>FhirMessages.resx</c>. Warnings
/// are prefixed with the resource's "Type/id" by the caller.
/// </summary>
internal static class FhirMessages
{
    private static readonly ResourceManager s_resources =
        new("Cairn.Records.Fhir.Resources.FhirMessages", typeof(FhirMessages).Assembly);

    public static string Empty(string file) => Format(nameof(Empty), file);

    public static string NotJsonAt(string file, long line, long position, string reason) => Format(nameof(NotJsonAt), file, line, position, reason);

    public static string NotJson(string file, string reason) => Format(nameof(NotJson), file, reason);

    public static string JsonArray(string file) => Format(nameof(JsonArray), file);

    public static string JsonValue(string file) => Format(nameof(JsonValue), file);

    public static string NoResourceType(string file) => Format(nameof(NoResourceType), file);

    public static string ResourceTypeNotAName(string file) => Format(nameof(ResourceTypeNotAName), file);

    public static string UnknownResourceType(string file, string resourceType) => Format(nameof(UnknownResourceType), file, resourceType);

    public static string NotFhirR4(string file) => Format(nameof(NotFhirR4), file);

    public static string NotFhirR4Problems(string file, string problems) => Format(nameof(NotFhirR4Problems), file, problems);

    public static string NotFhirR4MoreProblems(string file, string problems, int more) => Format(nameof(NotFhirR4MoreProblems), file, problems, more);

    public static string UnreadableFhir(string file, string reason) => Format(nameof(UnreadableFhir), file, reason);

    public static string DateWithoutDay(string what, string value) => Format(nameof(DateWithoutDay), what, value);

    public static string DiagnosisEnteredInError() => Format(nameof(DiagnosisEnteredInError));

    public static string HistologyWithoutName(string code) => Format(nameof(HistologyWithoutName), code);

    public static string LateralityConflict(string statements) => Format(nameof(LateralityConflict), statements);

    public static string StageSummaryDisagrees(string summary, string assessment, string assessed) => Format(nameof(StageSummaryDisagrees), summary, assessment, assessed);

    public static string StagingWithoutValue(string code) => Format(nameof(StagingWithoutValue), code);

    public static string TnmBasisConflict(string category, string value) => Format(nameof(TnmBasisConflict), category, value);

    public static string TnmCategoryRejected(string part, string written, string reason) => Format(nameof(TnmCategoryRejected), part, written, reason);

    public static string TnmUnreadable(string part, string value) => Format(nameof(TnmUnreadable), part, value);

    public static string TnmUnreadableWithReason(string part, string value, string reason) => Format(nameof(TnmUnreadableWithReason), part, value, reason);

    public static string StageGroupUnreadable(string value) => Format(nameof(StageGroupUnreadable), value);

    public static string ReceptorWithoutResult(string receptor, string test) => Format(nameof(ReceptorWithoutResult), receptor, test);

    public static string ReceptorOtherScale(string test, string receptor, string value) => Format(nameof(ReceptorOtherScale), test, receptor, value);

    public static string ErResultNotUsable(string receptor, string value) => Format(nameof(ErResultNotUsable), receptor, value);

    public static string PrResultNotUsable(string receptor, string value) => Format(nameof(PrResultNotUsable), receptor, value);

    public static string PercentIsLimit(string receptor, string value) => Format(nameof(PercentIsLimit), receptor, value);

    public static string PercentOutOfRange(string receptor, string value) => Format(nameof(PercentOutOfRange), receptor, value);

    public static string Her2BareNumber(string value) => Format(nameof(Her2BareNumber), value);

    public static string Her2IhcBareNumber(string value) => Format(nameof(Her2IhcBareNumber), value);

    public static string NumberImplausible(string what, string value) => Format(nameof(NumberImplausible), what, value);

    public static string ReceptorUnreadable(string receptor, string test, string value) => Format(nameof(ReceptorUnreadable), receptor, test, value);

    public static string OrderNotGiven(string drug, string status) => Format(nameof(OrderNotGiven), drug, status);

    public static string NotATreatment(string treatment, string status) => Format(nameof(NotATreatment), treatment, status);

    public static string SurgeryWithoutName(string code) => Format(nameof(SurgeryWithoutName), code);

    public static string MedicationNotInFile(string reference) => Format(nameof(MedicationNotInFile), reference);

    public static string MedicationWithoutName(string code) => Format(nameof(MedicationWithoutName), code);

    public static string ObservationNotUsed(string test, string status) => Format(nameof(ObservationNotUsed), test, status);

    public static string DiseaseStatusUnreadable(string value) => Format(nameof(DiseaseStatusUnreadable), value);

    public static string TumourSizeUnreadable(string value) => Format(nameof(TumourSizeUnreadable), value);

    public static string GradeUnreadable(string value) => Format(nameof(GradeUnreadable), value);

    public static string MarkerUnreadable(string marker, string value) => Format(nameof(MarkerUnreadable), marker, value);

    public static string LabWithoutName(string value, string code) => Format(nameof(LabWithoutName), value, code);

    public static string LabValueIsLimit(string test, string value) => Format(nameof(LabValueIsLimit), test, value);

    public static string ResourceUnreadable(string reason) => Format(nameof(ResourceUnreadable), reason);

    public static string SeveralPatients(string patients) => Format(nameof(SeveralPatients), patients);

    private static string Format(string name, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(name), args);

    private static string Get(string name) =>
        s_resources.GetString(name, CultureInfo.InvariantCulture)
        ?? throw new InvalidOperationException($"The message '{name}' is missing from FhirMessages.resx.");
}
