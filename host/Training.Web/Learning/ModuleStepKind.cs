namespace Training.Web.Learning;

/// <summary>A lesson to read or a quiz to take.</summary>
internal enum ModuleStepKind
{
    Lesson,
    Quiz,
}
