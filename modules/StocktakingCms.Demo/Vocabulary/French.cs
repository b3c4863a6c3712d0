namespace StocktakingCms.Demo.Vocabulary;

public static class French
{
    public static readonly DemoLanguage Words = new()
    {
        Culture = "fr",
        TitleFormat = "{0} {1} – {2}",
        Projects = new Dictionary<string, string[]>
        {
            ["health"] = ["réseau de télémédecine", "système de dossiers médicaux électroniques"],
            ["learning"] = ["plateforme d'apprentissage en ligne", "bibliothèque scolaire numérique"],
            ["government"] = ["portail de services publics en ligne", "programme d'identité numérique"],
            ["agriculture"] = ["service d'alerte sur les prix du marché", "service d'information météorologique"],
            ["business"] = ["plateforme de commerce électronique", "service de paiement mobile"],
            ["environment"] = ["programme de recyclage des déchets électroniques", "système d'alerte précoce aux inondations"],
            ["employment"] = ["service en ligne de mise en relation pour l'emploi", "programme de compétences pour le télétravail"],
            ["science"] = ["dépôt de données de recherche ouvertes", "réseau de recherche et d'enseignement"],
            ["infrastructure"] = ["réseau communautaire à haut débit", "projet de connectivité rurale"],
            ["capacity"] = ["programme d'alphabétisation numérique", "école de programmation"],
            ["security"] = ["campagne de sensibilisation à la cybersécurité", "équipe d'intervention en cas d'urgence informatique"],
            ["culture"] = ["archive numérique du patrimoine oral", "initiative de contenus en langues locales"],
            ["media"] = ["réseau de radios communautaires", "initiative d'éducation aux médias"],
            ["access"] = ["réseau de télécentres communautaires", "programme d'accès à internet dans les bibliothèques publiques"],
            ["policy"] = ["stratégie nationale pour le haut débit", "politique d'inclusion numérique"],
            ["cooperation"] = ["initiative régionale de coopération numérique", "échange de connaissances Sud-Sud"],
        },
        Activities = new Dictionary<string, string>
        {
            ["health"] = "Il relie les dispensaires ruraux aux spécialistes de la capitale et conserve les dossiers des patients en toute sécurité.",
            ["learning"] = "Les enseignants reçoivent des tablettes, une formation et des ressources éducatives libres dans la langue locale.",
            ["government"] = "Les citoyens demandent leurs documents d'état civil et paient les frais en ligne au lieu de se rendre dans la capitale.",
            ["agriculture"] = "Les agriculteurs reçoivent les prévisions météorologiques et les prix du marché par SMS et par appel vocal.",
            ["business"] = "Les petites entreprises apprennent à vendre en ligne et à accepter les paiements mobiles.",
            ["environment"] = "Des capteurs et des alertes mobiles préviennent les communautés des inondations, et les appareils usagés sont collectés et recyclés.",
            ["employment"] = "Les jeunes demandeurs d'emploi sont mis en relation avec des employeurs et formés au télétravail.",
            ["science"] = "Les universités partagent leurs données de recherche et leur puissance de calcul sur un réseau national.",
            ["infrastructure"] = "Des pylônes alimentés à l'énergie solaire apportent un haut débit abordable aux villages qui n'étaient pas connectés.",
            ["capacity"] = "Des formateurs enseignent les compétences numériques de base, l'usage sûr d'internet et la programmation.",
            ["security"] = "L'équipe répond aux incidents et forme les fonctionnaires à protéger leurs systèmes.",
            ["culture"] = "Des bénévoles enregistrent, transcrivent et publient en ligne des récits, des chants et des dictionnaires.",
            ["media"] = "Les journalistes et les auditeurs apprennent à vérifier les faits et à produire des émissions locales.",
            ["access"] = "Les bibliothèques et les télécentres offrent un accès gratuit à internet et une aide pour les services en ligne.",
            ["policy"] = "Le gouvernement, les entreprises et la société civile l'ont rédigée ensemble lors de consultations ouvertes.",
            ["cooperation"] = "Des experts des pays voisins partagent leurs pratiques, leurs outils et leurs politiques.",
        },
        Beneficiaries =
        [
            "pour les communautés rurales", "pour les femmes entrepreneures", "pour les jeunes", "pour les personnes handicapées",
            "pour les personnes âgées", "pour les communautés insulaires", "pour les peuples autochtones", "pour les réfugiés et les communautés d'accueil",
        ],
        Organisations =
        [
            "Ministère de l'économie numérique – {0}", "Agence nationale des télécommunications – {0}", "Fondation Avenir numérique",
            "Université nationale – {0}", "Réseau Femmes et technologie", "Association Savoir ouvert",
            "Chambre de commerce – {0}", "Coopérative de développement rural",
        ],
        TargetGroups =
        [
            "les agriculteurs et les ménages ruraux", "les élèves et les enseignants", "les femmes et les filles", "les jeunes demandeurs d'emploi",
            "les agents de santé et leurs patients", "les autorités locales",
        ],
        Openings =
        [
            "{0} a lancé ce projet au service des publics suivants : {1}.",
            "Mené par l'organisation {0}, le projet travaille avec {1}.",
            "{0} a conçu cette initiative avec {1}.",
        ],
        Outcomes =
        [
            "Depuis {0}, plus de {1} personnes y ont participé.",
            "Rien qu'en {0}, le projet a touché {1} personnes.",
            "Le projet a formé {1} personnes depuis son lancement en {0}.",
        ],
        PartnersSentence = "Partenaires : {0}.",
        ListSeparator = ", ",
        Partners = ["l'UIT", "l'UNESCO", "le PNUD", "l'UNICEF", "la FAO", "l'OMS", "la Banque mondiale", "l'Internet Society"],
        ContactNames = ["Aminata Diop", "Jean Kouassi", "Marie Dubois", "Chen Wei", "Olga Ivanova", "Karim Benali"],
    };
}
