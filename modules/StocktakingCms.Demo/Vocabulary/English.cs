namespace StocktakingCms.Demo.Vocabulary;

public static class English
{
    public static readonly DemoLanguage Words = new()
    {
        Culture = "en",
        TitleFormat = "{0} {1} in {2}",
        Projects = new Dictionary<string, string[]>
        {
            ["health"] = ["telemedicine network", "electronic health records system"],
            ["learning"] = ["online learning platform", "digital school library"],
            ["government"] = ["online public services portal", "digital identity programme"],
            ["agriculture"] = ["market price alert service", "weather information service"],
            ["business"] = ["e-commerce platform", "mobile payment service"],
            ["environment"] = ["e-waste recycling programme", "flood early warning system"],
            ["employment"] = ["online job matching service", "remote work skills programme"],
            ["science"] = ["open research data repository", "research and education network"],
            ["infrastructure"] = ["community broadband network", "rural connectivity project"],
            ["capacity"] = ["digital literacy programme", "coding school"],
            ["security"] = ["cybersecurity awareness campaign", "computer emergency response team"],
            ["culture"] = ["digital archive of oral heritage", "local language content initiative"],
            ["media"] = ["community radio network", "media literacy initiative"],
            ["access"] = ["network of community telecentres", "public library internet access programme"],
            ["policy"] = ["national broadband strategy", "digital inclusion policy"],
            ["cooperation"] = ["regional digital cooperation initiative", "South-South knowledge exchange"],
        },
        Activities = new Dictionary<string, string>
        {
            ["health"] = "It connects rural clinics with specialists in the capital and keeps patient records safe and available.",
            ["learning"] = "Teachers receive tablets, training and open educational resources in the local language.",
            ["government"] = "Citizens request civil documents and pay fees online instead of travelling to the capital.",
            ["agriculture"] = "Farmers receive weather forecasts and market prices by text message and voice calls.",
            ["business"] = "Small enterprises learn to sell online and to accept mobile payments.",
            ["environment"] = "Sensors and mobile alerts warn communities of floods, and old devices are collected and recycled safely.",
            ["employment"] = "Young job seekers are matched with employers and trained for remote work.",
            ["science"] = "Universities share research data and computing power over a national network.",
            ["infrastructure"] = "Solar-powered towers bring affordable broadband to villages that had no connection.",
            ["capacity"] = "Trainers teach basic digital skills, safe use of the internet and programming.",
            ["security"] = "The team responds to incidents and trains public servants to protect their systems.",
            ["culture"] = "Volunteers record, transcribe and publish stories, songs and dictionaries online.",
            ["media"] = "Journalists and listeners learn to check facts and to produce local programmes.",
            ["access"] = "Libraries and telecentres offer free internet access and help with online services.",
            ["policy"] = "Government, companies and civil society drafted it together in open consultations.",
            ["cooperation"] = "Experts from neighbouring countries share practices, tools and policies.",
        },
        Beneficiaries =
        [
            "for rural communities", "for women entrepreneurs", "for young people", "for persons with disabilities",
            "for older persons", "for small island communities", "for indigenous peoples", "for refugees and host communities",
        ],
        Organisations =
        [
            "Ministry of Digital Economy of {0}", "National Telecommunications Agency of {0}", "Digital Futures Foundation",
            "National University of {0}", "Women in Technology Network", "Open Knowledge Association",
            "Chamber of Commerce of {0}", "Rural Development Cooperative",
        ],
        TargetGroups =
        [
            "farmers and rural households", "students and teachers", "women and girls", "young job seekers",
            "health workers and their patients", "local authorities",
        ],
        Openings =
        [
            "{0} started this project to serve {1}.",
            "Led by {0}, the project works with {1}.",
            "{0} designed this initiative together with {1}.",
        ],
        Outcomes =
        [
            "Since {0}, more than {1} people have taken part.",
            "In {0} alone, the project reached {1} people.",
            "The project has trained {1} people since it began in {0}.",
        ],
        PartnersSentence = "Partners: {0}.",
        ListSeparator = ", ",
        Partners = ["ITU", "UNESCO", "UNDP", "UNICEF", "FAO", "WHO", "the World Bank", "the Internet Society"],
        ContactNames = ["Amina Diallo", "John Mwangi", "Maria Santos", "Chen Wei", "Olga Ivanova", "Omar Haddad"],
    };
}
