using Training.Engine.Cohorts;
using Training.Engine.Records;
using Training.Engine.Tests.Records;

namespace Training.Engine.Tests.Cohorts;

public sealed class CohortImportTests
{
    private RecordsFixture _fixture = null!;
    private CohortService _cohorts = null!;

    [SetUp]
    public void SetUp()
    {
        _fixture = new RecordsFixture();
        _cohorts = new CohortService(_fixture.Records);
        _cohorts.Create("spring", "rec.track", "Spring", "2026-06-30");
    }

    [TearDown]
    public void TearDown() => _fixture.Dispose();

    [Test]
    public void Import_CreatesMissingTrainees_AddsAndEnrolsEveryone()
    {
        _fixture.Records.AddTrainee("marie", "Marie Dupont", "marie@example.org");

        var change = _cohorts.Import("spring", new StringReader("id,name,email\nmarie,Marie Dupont,MARIE@example.org\nPaul,Paul Martin,\nlea,Léa,lea@example.org\n"));

        Assert.That(change.Added, Is.EqualTo(new[] { "marie", "paul", "lea" }));
        Assert.That(change.Created, Is.EqualTo(new[] { "paul", "lea" }));
        Assert.That(change.Enrolled, Is.EqualTo(new[] { "marie", "paul", "lea" }));
        Assert.That(_cohorts.Get("spring").Members, Is.EqualTo(3));
        Assert.That(_fixture.Records.GetTrainee("lea").Email, Is.EqualTo("lea@example.org"));
        Assert.That(_fixture.Records.ListEnrolments("paul").Select(e => e.TrackId), Is.EqualTo(new[] { "rec.track" }));
    }

    [Test]
    public void Import_AgainLeavesMembersAsTheyAre()
    {
        const string roster = "id,name,email\nmarie,Marie Dupont,marie@example.org\n";
        _cohorts.Import("spring", new StringReader(roster));
        var events = _fixture.Records.CountEvents();

        var again = _cohorts.Import("spring", new StringReader(roster));

        Assert.That(again.Added, Is.Empty);
        Assert.That(again.AlreadyMembers, Is.EqualTo(new[] { "marie" }));
        Assert.That(again.Enrolled, Is.Empty);
        Assert.That(_fixture.Records.CountEvents(), Is.EqualTo(events));
    }

    [Test]
    public void Import_RefusesTheWholeFile_NamingEveryBadLine_AndRecordsNothing()
    {
        _fixture.Records.AddTrainee("marie", "Marie Dupont", "marie@example.org");
        _fixture.Records.AddTrainee("jules", "Jules Verne", "jules@example.org");
        var events = _fixture.Records.CountEvents();
        var roster = string.Join('\n',
            "id,name,email",                        // 1
            "good,Good Trainee,good@example.org",   // 2: fine, but the file is refused
            ",No Id,",                              // 3: missing id
            "nameless,,",                           // 4: missing name
            "bad id!,Bad Id,",                      // 5: invalid id
            "bademail,Bad Mail,not-an-email",       // 6: invalid e-mail
            "",                                     // 7: empty line (skipped, still counted)
            "good,Good Again,",                     // 8: duplicate id in the file
            "marie,Marie Curie,",                   // 9: existing trainee, other name
            "jules,Jules Verne,other@example.org",  // 10: existing trainee, other e-mail
            "thief,Thief,marie@example.org",        // 11: e-mail of another trainee
            "\"quoted\",\"Name, with comma\",");    // 12: fine

        var problems = _cohorts.CheckRoster("spring", new StringReader(roster));
        var refusal = Assert.Throws<LearningRecordsException>(() => _cohorts.Import("spring", new StringReader(roster), "roster.csv"))!;

        Assert.That(problems.Select(p => p.Line), Is.EqualTo(new[] { 3, 4, 5, 6, 8, 9, 10, 11 }));
        Assert.That(problems.Single(p => p.Line == 3).Message, Does.Contain("missing id"));
        Assert.That(problems.Single(p => p.Line == 4).Message, Does.Contain("missing name"));
        Assert.That(problems.Single(p => p.Line == 5).Message, Does.Contain("invalid id 'bad id!'"));
        Assert.That(problems.Single(p => p.Line == 6).Message, Does.Contain("invalid e-mail 'not-an-email'"));
        Assert.That(problems.Single(p => p.Line == 8).Message, Does.Contain("duplicate id 'good' (first on line 2)"));
        Assert.That(problems.Single(p => p.Line == 9).Message, Does.Contain("'Marie Dupont', not 'Marie Curie'"));
        Assert.That(problems.Single(p => p.Line == 10).Message, Does.Contain("other@example.org"));
        Assert.That(problems.Single(p => p.Line == 11).Message, Does.Contain("already belongs to trainee 'marie'"));
        Assert.That(refusal.Kind, Is.EqualTo(LearningRecordsErrorKind.Invalid));
        Assert.That(refusal.Message, Does.StartWith("roster.csv was refused, nothing was imported: line 3: missing id; line 4:"));
        Assert.That(refusal.Message, Does.Not.Contain("\n"));
        Assert.That(_fixture.Records.CountEvents(), Is.EqualTo(events));
        Assert.That(_fixture.Records.ListTrainees().Select(t => t.Id), Is.EqualTo(new[] { "jules", "marie" }));
        Assert.That(_cohorts.Get("spring").Members, Is.Zero);
    }

    [TestCase("name,id,email\nmarie,Marie,\n")]
    [TestCase("id,name\nmarie,Marie\n")]
    [TestCase("")]
    public void Import_RefusesAWrongHeaderOnLine1(string roster)
    {
        var refusal = Assert.Throws<LearningRecordsException>(() => _cohorts.Import("spring", new StringReader(roster), "roster.csv"))!;

        Assert.That(refusal.Message, Does.Contain("line 1: the header must be 'id,name,email'"));
        Assert.That(_fixture.Records.ListTrainees(), Is.Empty);
    }

    [Test]
    public void Import_RefusesALineWithTooManyFields()
    {
        var problems = _cohorts.CheckRoster("spring", new StringReader("id,name,email\nmarie,Marie,marie@example.org,extra\n"));

        Assert.That(problems, Is.EqualTo(new[] { new RosterProblem(2, "4 fields, expected 3 (id,name,email)") }));
    }

    [Test]
    public void Import_CountsLinesInsideQuotedFields()
    {
        var problems = _cohorts.CheckRoster("spring", new StringReader("id,name,email\nann,\"Ann\nSmith\",\n,x,\n"));

        Assert.That(problems.Select(p => p.Line), Is.EqualTo(new[] { 2, 4 }), "a name with a line break is invalid; the next record starts on line 4");
    }

    [Test]
    public void Add_EnrolsExistingTrainees_AllOrNothing()
    {
        _fixture.Records.AddTrainee("marie", "Marie Dupont");
        _fixture.Records.AddTrainee("paul", "Paul Martin");
        _fixture.Records.Enroll("paul", "rec.track");

        var refused = Assert.Throws<LearningRecordsException>(() => _cohorts.Add("spring", ["marie", "ghost"]))!;
        var change = _cohorts.Add("spring", ["MARIE", "paul"]);

        Assert.That(refused.Kind, Is.EqualTo(LearningRecordsErrorKind.NotFound));
        Assert.That(refused.Message, Does.Contain("'ghost'"));
        Assert.That(change.Added, Is.EqualTo(new[] { "marie", "paul" }));
        Assert.That(change.Enrolled, Is.EqualTo(new[] { "marie" }));
    }

    [Test]
    public void Create_ChecksIdTrackDeadlineAndDuplicates()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<LearningRecordsException>(() => _cohorts.Create("Spring", "rec.track"))!.Kind, Is.EqualTo(LearningRecordsErrorKind.Conflict));
            Assert.That(Assert.Throws<LearningRecordsException>(() => _cohorts.Create("autumn", "nowhere"))!.Kind, Is.EqualTo(LearningRecordsErrorKind.NotFound));
            Assert.That(Assert.Throws<LearningRecordsException>(() => _cohorts.Create("autumn", "rec.track", deadline: "30/06/2026"))!.Kind, Is.EqualTo(LearningRecordsErrorKind.Invalid));
            Assert.That(Assert.Throws<LearningRecordsException>(() => _cohorts.Create("not valid", "rec.track"))!.Kind, Is.EqualTo(LearningRecordsErrorKind.Invalid));
        });
        var spring = _cohorts.List().Single();
        Assert.That(spring, Is.EqualTo(new Cohort("spring", "rec.track", "Spring", new DateOnly(2026, 6, 30), _fixture.Clock.GetUtcNow(), 0)));
    }
}
