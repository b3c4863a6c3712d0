namespace StocktakingCms.BrowserTests;

/// <summary>
/// What a stakeholder types and chooses in one language: their account, then an entry. Choices
/// are the visible labels of the site's taxonomies (recipes/data) in that language, as a person
/// picks them; the texts are real sentences in the language, not placeholders.
/// </summary>
public sealed record StakeholderSample(
    string Culture,
    string Direction,
    string DisplayName,
    string Organisation,
    string StakeholderType,
    string Country,
    string EntryTitle,
    string ShortDescription,
    string ProjectStatus,
    string ActionLine,
    string SdgGoal,
    string Region,
    string ImageDescription)
{
    public static StakeholderSample Arabic { get; } = new(
        Culture: "ar",
        Direction: "rtl",
        DisplayName: "أمينة الحسيني",
        Organisation: "الجمعية المصرية لمحو الأمية الرقمية",
        StakeholderType: "المجتمع المدني",
        Country: "مصر",
        EntryTitle: "مراكز مجتمعية للمهارات الرقمية في صعيد مصر",
        ShortDescription: "يقدّم المشروع دورات مجانية في المهارات الرقمية للنساء والشباب في القرى، بالتعاون مع المدارس والمكتبات العامة. تدرّب أكثر من ثلاثة آلاف شخص منذ انطلاقه.",
        ProjectStatus: "قيد التنفيذ",
        ActionLine: "التعلم الإلكتروني",
        SdgGoal: "تعليم ذو جودة",
        Region: "أفريقيا",
        ImageDescription: "متدرّبات أمام الحواسيب في مركز مجتمعي بمحافظة أسيوط");

    public static StakeholderSample Chinese { get; } = new(
        Culture: "zh",
        Direction: "ltr",
        DisplayName: "王晓梅",
        Organisation: "云南省农村信息化促进会",
        StakeholderType: "民间社会",
        Country: "中国",
        EntryTitle: "山区学校远程教育平台",
        ShortDescription: "该项目为云南山区的一百二十所乡村学校提供宽带接入和在线课程，并培训教师使用数字教学工具，使四万多名学生受益。",
        ProjectStatus: "进行中",
        ActionLine: "电子学习",
        SdgGoal: "优质教育",
        Region: "亚洲",
        ImageDescription: "乡村学校的学生在教室里使用平板电脑上网课");

    public static StakeholderSample English { get; } = new(
        Culture: "en",
        Direction: "ltr",
        DisplayName: "Amina Diallo",
        Organisation: "Senegal Digital Literacy Network",
        StakeholderType: "Civil society",
        Country: "Senegal",
        EntryTitle: "Community digital skills centres in Casamance",
        ShortDescription: "Free digital skills courses for women and young people in rural villages, run with schools and public libraries. More than 3,000 people trained since the start.",
        ProjectStatus: "Ongoing",
        ActionLine: "E-learning",
        SdgGoal: "Quality education",
        Region: "Africa",
        ImageDescription: "Trainees at the computers of a community centre in Ziguinchor");

    public static StakeholderSample For(string culture) => culture switch
    {
        "ar" => Arabic,
        "zh" => Chinese,
        "en" => English,
        _ => throw new ArgumentOutOfRangeException(nameof(culture), culture, "No sample in this language."),
    };
}
