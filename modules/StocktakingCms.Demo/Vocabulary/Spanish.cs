namespace StocktakingCms.Demo.Vocabulary;

public static class Spanish
{
    public static readonly DemoLanguage Words = new()
    {
        Culture = "es",
        TitleFormat = "{0} {1} – {2}",
        Projects = new Dictionary<string, string[]>
        {
            ["health"] = ["red de telemedicina", "sistema de historias clínicas electrónicas"],
            ["learning"] = ["plataforma de aprendizaje en línea", "biblioteca escolar digital"],
            ["government"] = ["portal de servicios públicos en línea", "programa de identidad digital"],
            ["agriculture"] = ["servicio de alertas de precios de mercado", "servicio de información meteorológica"],
            ["business"] = ["plataforma de comercio electrónico", "servicio de pagos móviles"],
            ["environment"] = ["programa de reciclaje de residuos electrónicos", "sistema de alerta temprana de inundaciones"],
            ["employment"] = ["servicio en línea de intermediación laboral", "programa de competencias para el teletrabajo"],
            ["science"] = ["repositorio de datos abiertos de investigación", "red de investigación y educación"],
            ["infrastructure"] = ["red comunitaria de banda ancha", "proyecto de conectividad rural"],
            ["capacity"] = ["programa de alfabetización digital", "escuela de programación"],
            ["security"] = ["campaña de concienciación sobre ciberseguridad", "equipo de respuesta a emergencias informáticas"],
            ["culture"] = ["archivo digital del patrimonio oral", "iniciativa de contenidos en lenguas locales"],
            ["media"] = ["red de radios comunitarias", "iniciativa de alfabetización mediática"],
            ["access"] = ["red de telecentros comunitarios", "programa de acceso a internet en bibliotecas públicas"],
            ["policy"] = ["estrategia nacional de banda ancha", "política de inclusión digital"],
            ["cooperation"] = ["iniciativa regional de cooperación digital", "intercambio de conocimientos Sur-Sur"],
        },
        Activities = new Dictionary<string, string>
        {
            ["health"] = "Conecta los centros de salud rurales con especialistas de la capital y mantiene seguras las historias clínicas.",
            ["learning"] = "Los docentes reciben tabletas, formación y recursos educativos abiertos en la lengua local.",
            ["government"] = "La ciudadanía solicita documentos de registro civil y paga tasas en línea sin viajar a la capital.",
            ["agriculture"] = "Los agricultores reciben pronósticos del tiempo y precios de mercado por mensajes de texto y llamadas de voz.",
            ["business"] = "Las pequeñas empresas aprenden a vender en línea y a aceptar pagos móviles.",
            ["environment"] = "Sensores y alertas móviles avisan a las comunidades de las inundaciones, y los aparatos usados se recogen y reciclan.",
            ["employment"] = "Los jóvenes que buscan empleo entran en contacto con empleadores y se forman para el teletrabajo.",
            ["science"] = "Las universidades comparten datos de investigación y capacidad de cálculo a través de una red nacional.",
            ["infrastructure"] = "Torres alimentadas con energía solar llevan banda ancha asequible a aldeas que no tenían conexión.",
            ["capacity"] = "Formadores enseñan competencias digitales básicas, el uso seguro de internet y programación.",
            ["security"] = "El equipo responde a los incidentes y forma a los funcionarios para proteger sus sistemas.",
            ["culture"] = "Voluntarios graban, transcriben y publican en línea relatos, canciones y diccionarios.",
            ["media"] = "Periodistas y oyentes aprenden a verificar los hechos y a producir programas locales.",
            ["access"] = "Bibliotecas y telecentros ofrecen acceso gratuito a internet y ayuda con los servicios en línea.",
            ["policy"] = "El gobierno, las empresas y la sociedad civil la redactaron juntos en consultas abiertas.",
            ["cooperation"] = "Expertos de países vecinos comparten prácticas, herramientas y políticas.",
        },
        Beneficiaries =
        [
            "para comunidades rurales", "para mujeres emprendedoras", "para jóvenes", "para personas con discapacidad",
            "para personas mayores", "para comunidades insulares", "para pueblos indígenas", "para personas refugiadas y comunidades de acogida",
        ],
        Organisations =
        [
            "Ministerio de Economía Digital – {0}", "Agencia Nacional de Telecomunicaciones – {0}", "Fundación Futuro Digital",
            "Universidad Nacional – {0}", "Red Mujeres y Tecnología", "Asociación Conocimiento Abierto",
            "Cámara de Comercio – {0}", "Cooperativa de Desarrollo Rural",
        ],
        TargetGroups =
        [
            "agricultores y hogares rurales", "estudiantes y docentes", "mujeres y niñas", "jóvenes que buscan empleo",
            "personal sanitario y sus pacientes", "autoridades locales",
        ],
        Openings =
        [
            "{0} puso en marcha este proyecto al servicio de: {1}.",
            "Dirigido por {0}, el proyecto trabaja con {1}.",
            "{0} diseñó esta iniciativa junto con {1}.",
        ],
        Outcomes =
        [
            "Desde {0}, más de {1} personas han participado.",
            "Solo en {0}, el proyecto llegó a {1} personas.",
            "El proyecto ha formado a {1} personas desde su inicio en {0}.",
        ],
        PartnersSentence = "Socios: {0}.",
        ListSeparator = ", ",
        Partners = ["la UIT", "la UNESCO", "el PNUD", "el UNICEF", "la FAO", "la OMS", "el Banco Mundial", "la Internet Society"],
        ContactNames = ["Lucía Fernández", "Carlos Gómez", "María Santos", "Chen Wei", "Olga Ivanova", "Omar Haddad"],
    };
}
