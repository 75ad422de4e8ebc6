//! Interface strings in Spanish and English. Each key must be given both texts or the crate does
//! not compile; a test checks none is empty. Domain texts (questions, levers) live in `domain`.

use crate::domain::{Lang, Text};

macro_rules! ui_strings {
    ($($key:ident => $es:expr, $en:expr;)*) => {
        /// A user-visible interface string.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum K { $($key),* }

        impl K {
            pub const ALL: &'static [K] = &[$(K::$key),*];

            pub fn text(self) -> Text {
                match self { $(K::$key => Text::new($es, $en)),* }
            }

            pub fn get(self, lang: Lang) -> &'static str {
                self.text().get(lang)
            }
        }
    };
}

ui_strings! {
    AppName => "Órbita", "Órbita";
    Tagline => "Descubre quién está dentro y quién fuera de tu negocio, y cómo mejorar la experiencia de cada uno.",
               "See who is inside and who is outside your business, and how to improve each one's experience.";
    SkipToContent => "Saltar al contenido", "Skip to content";
    PageTitle => "Órbita — clientes internos y externos", "Órbita — internal and external customers";
    MainNav => "Secciones del mapa", "Map sections";
    TabStakeholders => "Personas", "Stakeholders";
    TabMap => "Mapa", "Map";
    TabPlan => "Plan", "Plan";
    TabSummary => "Resumen", "Summary";
    Language => "Idioma", "Language";
    SwitchToSpanish => "Cambiar a español", "Cambiar a español";
    SwitchToEnglish => "Switch to English", "Switch to English";
    Theme => "Tema", "Theme";
    FoldBanner => "Reducir el aviso a una línea", "Fold this notice to one line";
    UnfoldBanner => "Ver el aviso entero", "Show the whole notice";
    MoreOptions => "Más opciones: compartir, exportar, idioma, tema", "More options: share, export, language, theme";
    SwitchToDark => "Cambiar al tema oscuro", "Switch to dark theme";
    SwitchToLight => "Cambiar al tema claro", "Switch to light theme";
    Saved => "Guardado", "Saved";
    Saving => "Guardando…", "Saving…";
    NotSaved => "Sin guardar", "Not saved";
    ReadOnlyStatus => "Solo lectura", "Read only";
    MemoryOnly => "Solo en esta pestaña", "This tab only";

    // Welcome / empty states
    WelcomeTitle => "Tu mapa de clientes internos y externos", "Your map of internal and external customers";
    WelcomeBody1 => "Apunta a las personas con las que trata tu negocio: equipo, proveedores, socios, compradores.",
                    "List the people your business deals with: staff, suppliers, partners, buyers.";
    WelcomeBody2 => "Unas pocas preguntas sitúan a cada una entre «dentro» y «fuera», explican por qué y proponen mejoras concretas.",
                    "A few questions place each one between inside and outside, explain why, and suggest concrete improvements.";
    StartMap => "Empezar un mapa", "Start a map";
    ExploreExample => "Ver un ejemplo", "Explore an example";
    ExamplesTitle => "Mapas de ejemplo", "Example maps";
    OpenExample => "Abrir ejemplo", "Open example";
    EmptyListTitle => "Aún no hay nadie en este mapa", "No one on this map yet";
    EmptyListBody => "Escribe arriba el nombre de alguien con quien trata tu negocio (una cajera, un proveedor, un cliente habitual) y pulsa Añadir.",
                     "Type the name of someone your business deals with above (a cashier, a supplier, a regular customer) and press Add.";

    // Stakeholder list
    AddStakeholderHeading => "Añadir una persona o grupo", "Add a person or group";
    NameLabel => "Nombre", "Name";
    NamePlaceholder => "p. ej. Ana, equipo de cocina", "e.g. Ana, kitchen team";
    RoleLabel => "Rol o relación (opcional)", "Role or relationship (optional)";
    RolePlaceholder => "p. ej. cajera, proveedor, cliente", "e.g. cashier, supplier, customer";
    NotesLabel => "Notas (opcional)", "Notes (optional)";
    Add => "Añadir", "Add";
    NameRequired => "Escribe un nombre para añadirlo.", "Type a name to add it.";
    StakeholdersHeading => "Personas y grupos", "Stakeholders";
    StakeholderCount => "{n} en este mapa", "{n} on this map";
    Rename => "Renombrar", "Rename";
    RenameLabel => "Nuevo nombre para {name}", "New name for {name}";
    SaveName => "Guardar nombre", "Save name";
    Cancel => "Cancelar", "Cancel";
    Delete => "Eliminar", "Delete";
    DeleteNamed => "Eliminar a {name}", "Delete {name}";
    RenameNamed => "Renombrar a {name}", "Rename {name}";
    OpenNamed => "Abrir {name}", "Open {name}";
    Deleted => "Se eliminó «{name}».", "Deleted “{name}”.";
    Undo => "Deshacer", "Undo";
    Restored => "Recuperado.", "Restored.";
    Notifications => "Avisos", "Notifications";
    Dismiss => "Cerrar aviso", "Dismiss";
    NotAssessed => "Sin evaluar", "Not assessed";
    ProgressOf => "{k} de {n} respuestas", "{k} of {n} answered";
    FilterList => "Buscar en la lista", "Search the list";
    ShowMore => "Mostrar 100 más", "Show 100 more";
    NoMatches => "Nadie coincide con la búsqueda.", "No one matches the search.";

    // Stakeholder page
    BackToList => "Volver a la lista", "Back to the list";
    Details => "Datos", "Details";
    StartQuestionnaire => "Empezar el cuestionario", "Start questionnaire";
    ContinueQuestionnaire => "Seguir con el cuestionario", "Continue questionnaire";
    ReviewAnswers => "Revisar respuestas", "Review answers";
    SeeResults => "Ver resultados", "See results";
    NotFound => "No encontramos a esa persona en este mapa. Puede que se haya eliminado.", "We couldn't find that stakeholder on this map. It may have been deleted.";

    // Questionnaire
    QuestionKOfN => "Pregunta {k} de {n}", "Question {k} of {n}";
    Back => "Atrás", "Back";
    Next => "Siguiente", "Next";
    Finish => "Terminar", "Finish";
    WhyWeAsk => "Por qué lo preguntamos", "Why we ask";
    ScaleLow => "0 · Nada probable", "0 · Not at all likely";
    ScaleHigh => "10 · Seguro que sí", "10 · Certain";
    KeyboardHint => "Teclado: la tecla de cada respuesta la elige y sigue; flechas para moverte, Intro para seguir, Esc para salir (todo se guarda).",
                    "Keyboard: an answer's key chooses it and goes on; arrows to move, Enter to go on, Esc to leave (everything is saved).";
    ChooseAnOption => "Elige una opción para seguir (o «No lo sé»).", "Choose an option to go on (or “I don't know”).";
    ReviewHeading => "Repasa las respuestas", "Review the answers";
    ReviewIntro => "Puedes cambiar cualquier respuesta aquí mismo; el resultado se actualiza al momento.",
                   "You can change any answer right here; the result updates at once.";
    ReviewIntroReadOnly => "Estas son las respuestas de un mapa de solo lectura. Para cambiarlas, guárdalo como mapa nuevo.",
                           "These are the answers on a read-only map. To change them, save it as a new map.";
    Unanswered => "Sin responder", "Not answered";
    SeeTheResult => "Ver el resultado", "See the result";

    // Results
    ResultsHeading => "Resultado", "Result";
    AxisLabel => "Posición entre fuera (0) y dentro (100)", "Position between outside (0) and inside (100)";
    AxisOutside => "Compra o recibe de fuera", "Buys or receives from outside";
    AxisInside => "Forma parte por dentro", "Part of it from inside";
    AxisValue => "{n} de 100", "{n} of 100";
    SideLabel => "Lado", "Side";
    TypeLabel => "Tipo", "Type";
    NoTypeYet => "Aún no hay datos para decir el tipo.", "Not enough answers to name a type yet.";
    NoClearType => "Sus respuestas no apuntan a un tipo claro: tiene un poco de varios.", "Their answers don't point to one clear type: a little of several.";
    ConfidenceLabel => "Confianza", "Confidence";
    ConfidenceHelp => "Cuánto se apoya el resultado en respuestas reales que coinciden: todas las de «Dónde está» y tres sobre su tipo dan el 100 %. Lo bajan las que faltan o tienen «No lo sé», y las que apuntan en direcciones distintas. Las de «Cómo le va» no cuentan aquí.", "How much the result rests on real answers that agree: every “Where they stand” question plus three about their type make 100%. Answers skipped or given as “I don't know” lower it, and so do answers that point different ways. “How it's going” answers don't count here.";
    PercentValue => "{n}\u{a0}%", "{n}%";
    ConfidenceFull => "Todas las preguntas que cuentan tienen una respuesta real, y coinciden.", "Every question that counts has a real answer, and they agree.";
    ConfidenceCoverage => "Faltan respuestas o tienen «No lo sé»: lo respondido cubre el {n}\u{a0}% de lo que cuenta.", "Some answers are skipped or “I don't know”: what's answered covers {n}% of what counts.";
    ConfidenceSpreadOne => "Las respuestas que apuntan en direcciones distintas le quitan 1 punto más.", "Answers that point different ways take off 1 more point.";
    ConfidenceSpread => "Las respuestas que apuntan en direcciones distintas le quitan {n} puntos más.", "Answers that point different ways take off {n} more points.";
    ContradictionsHeading => "Respuestas que no encajan", "Answers that pull apart";
    Contradiction => "Dijiste «{a}» ({qa}), que apunta hacia fuera, pero también «{b}» ({qb}), que apunta hacia dentro.", "You said “{a}” ({qa}), which points outside, yet “{b}” ({qb}), which points inside.";
    ContradictionsHint => "Si las dos son ciertas, su sitio es un punto medio entre ellas; si alguna fue un despiste, cámbiala al repasar las respuestas.", "If both are right, the spot is a compromise between them; if one was a slip, change it when you review the answers.";
    TypeCloseSecond => "Le sigue de cerca:", "Close second:";
    TypeWhenBuying => "Cuando te compra:", "When buying from you:";
    TypeWhenWorking => "Cuando trabaja contigo:", "When working with you:";
    WhyHeading => "Por qué aquí", "Why here";
    MovesInward => "hacia dentro", "moves inward";
    MovesOutward => "hacia fuera", "moves outward";
    Neutral => "a medio camino", "halfway";
    HealthHeading => "Salud de la experiencia", "Experience health";
    HealthUnknown => "Aún no hay bastantes respuestas de salud ({k}\u{a0}de\u{a0}{n}).", "Not enough health answers yet ({k}\u{a0}of\u{a0}{n}).";
    HealthUnknownHint => "Para dar una banda hacen falta {n} respuestas de «Cómo le va» que digan cómo van las cosas de verdad: «No lo sé» y «Nada, que tú sepas» no cuentan. Sirven {n} cualesquiera; la de recomendar, del 0 al 10, es rápida para empezar.", "A band needs {n} “How it's going” answers that say how things really are: “I don't know” and “Nothing, as far as you know” don't count. Any {n} will do; the 0–10 recommend question is a quick one to start with.";
    HealthBasedOnOne => "Según 1 respuesta", "From 1 answer";
    HealthBasedOn => "Según {n} respuestas", "From {n} answers";
    SuggestionsHeading => "Mejoras sugeridas", "Suggested improvements";
    ShowOneMoreSuggestion => "Ver {n} sugerencia más", "Show {n} more suggestion";
    ShowMoreSuggestions => "Ver {n} sugerencias más", "Show {n} more suggestions";
    ShowFewerSuggestions => "Ver solo las tres principales", "Show only the top three";
    NoSuggestions => "Responde más preguntas para recibir sugerencias.", "Answer more questions to get suggestions.";
    AddToPlan => "Añadir al plan", "Add to plan";
    InPlan => "En el plan", "In the plan";
    StakeholderAdded => "Añadido al mapa: {name}", "Added to the map: {name}";
    ImportList => "Importar una lista (CSV)", "Import a list (CSV)";
    ImportListHint => "¿Tienes una lista? Pega varias líneas de una hoja de cálculo en el nombre, o impórtala.",
                      "Got a list? Paste several lines from a spreadsheet into the name, or import it.";
    ListPreviewTitle => "¿Añadir a estas personas?", "Add these people?";
    ListPreviewHelp => "Revisa la lista antes de añadirla. Los nombres repetidos quedan sin marcar; márcalos si de verdad es otra persona.",
                       "Check the list before adding it. Repeated names are left unticked; tick them if it really is someone else.";
    ListCut => "Solo se leen las primeras {n} filas.", "Only the first {n} rows are read.";
    ListEmpty => "No hemos encontrado nombres en esta lista. Pon un nombre por línea y, si quieres, su rol tras un tabulador, una coma o un punto y coma.",
                 "No names were found in this list. Put one name per line and, if you like, the role after a tab, comma or semicolon.";
    ListGuessedEncoding => "Este archivo no estaba guardado en UTF-8, así que lo hemos leído como texto de Europa occidental (Windows-1252). Comprueba que las tildes y las eñes se vean bien.",
                           "This file was not saved as UTF-8, so it was read as Western European text (Windows-1252). Check that accented letters look right.";
    ListReadError => "No se pudo leer el archivo. Guárdalo como CSV (UTF-8) y vuelve a probar.", "The file could not be read. Save it as CSV (UTF-8) and try again.";
    DupOnMap => "Ya está en el mapa", "Already on the map";
    DupInList => "Repetido en la lista", "Twice in the list";
    AddPeopleNone => "Añadir", "Add";
    AddPeopleOne => "Añadir 1 persona", "Add 1 person";
    AddPeopleMany => "Añadir {n} personas", "Add {n} people";
    PeopleAddedOne => "1 persona añadida al mapa.", "1 person added to the map.";
    PeopleAddedMany => "{n} personas añadidas al mapa.", "{n} people added to the map.";
    AnswerQuestions => "Responder preguntas", "Answer questions";
    AnswerQuestionsNamed => "Responder preguntas: {name}", "Answer questions: {name}";
    AddedToPlan => "Añadido al plan: {title}", "Added to the plan: {title}";
    JoinedPlanItem => "«{title}» ya estaba en el plan; ahora también para {names}.", "“{title}” was already in the plan; now it is for {names} too.";
    SrcExternal => "artículo «¿Qué es un cliente interno y un cliente externo?», apartado sobre clientes externos",
                   "article “¿Qué es un cliente interno y un cliente externo?” (in Spanish), on external customers";
    SrcInternal => "artículo «¿Qué es un cliente interno y un cliente externo?», apartado sobre clientes internos",
                   "article “¿Qué es un cliente interno y un cliente externo?” (in Spanish), on internal customers";
    SrcTypes => "artículo «Conoce la diferencia entre cliente interno y cliente externo», tipos de cliente",
                "article “Conoce la diferencia entre cliente interno y cliente externo” (in Spanish), on customer types";
    SrcEnps => "Reichheld 2003 (NPS; versión para equipos, eNPS)", "Reichheld 2003 (NPS; staff version, eNPS)";
    SrcChain => "Heskett et al. 1994 (cadena de beneficio del servicio)", "Heskett et al. 1994 (service-profit chain)";
    SourceLabel => "Fuente", "Source";
    NotPlacedUnknown => "Con estas respuestas aún no se puede situar a esta persona: las preguntas de «Dónde está» siguen sin responder o con «No lo sé». Responde algunas para ver dónde queda.",
                    "These answers can't place this stakeholder yet: the “Where they stand” questions are still skipped or answered “I don't know”. Answer a few of them to see where they sit.";
    NotPlacedYet => "Todavía no hay suficientes respuestas para situar a esta persona. Empieza el cuestionario.",
                    "Not enough answers to place this stakeholder yet. Start the questionnaire.";
    ThresholdsHelp => "Hasta {ext} es «fuera»; desde {int} es «dentro»; entre ambos, «en medio» (rasgos de los dos lados).",
                      "Up to {ext} is outside; from {int} is inside; in between is the middle (traits of both sides).";

    // Answers panel
    AnswersHeading => "Respuestas como texto, para copiar o pegar", "Answers as text, to copy or paste";
    Advanced => "Avanzado", "Advanced";
    AnswersHelp => "Copia estas respuestas o pega otras en el mismo formato y pulsa Importar.", "Copy these answers, or paste others in the same format and press Import.";
    ImportAnswers => "Importar respuestas", "Import answers";
    AnswersImported => "Respuestas importadas.", "Answers imported.";
    AnswersInvalid => "No se importó nada. Revisa el campo «{field}»: {msg}", "Nothing was imported. Check the field “{field}”: {msg}";

    // Plan
    PlanHeading => "Plan de mejora", "Improvement plan";
    SummaryEmpty => "Todavía no hay nadie situado en el mapa. Cuando respondas el cuestionario de alguien, aquí verás cuántos están dentro y fuera, cómo les va y por dónde empezar.",
                    "Nobody is placed on the map yet. Once you answer someone's questionnaire, you will see here how many are inside and outside, how they are doing and where to start.";
    PlanEmpty => "El plan está vacío. Añade sugerencias desde los resultados de una persona, o escribe una acción aquí.",
                 "The plan is empty. Add suggestions from a stakeholder's results, or write an action here.";
    NewAction => "Nueva acción", "New action";
    ActionTitle => "Acción", "Action";
    Owner => "Responsable", "Owner";
    DueDate => "Fecha límite", "Due date";
    Status => "Estado", "Status";
    StatusTodo => "Por hacer", "To do";
    StatusDoing => "En marcha", "Doing";
    StatusDone => "Hecho", "Done";
    Priority => "Prioridad", "Priority";
    Serves => "Para", "For";
    AddAction => "Añadir acción", "Add action";
    DeleteAction => "Eliminar acción «{title}»", "Delete action “{title}”";
    ActionDeleted => "Acción eliminada.", "Action deleted.";
    OverdueOne => "Vencida · hace 1 día", "Overdue · 1 day";
    OverdueMany => "Vencida · hace {n} días", "Overdue · {n} days";
    DueToday => "Vence hoy", "Due today";
    DueSoonOne => "Vence mañana", "Due tomorrow";
    DueSoonMany => "Vence en {n} días", "Due in {n} days";
    NoOwner => "Sin responsable", "No owner";
    NoDueDate => "Sin fecha", "No date";
    EditAction => "Editar «{title}»", "Edit “{title}”";
    DoneEditing => "Listo", "Done";
    PlanFilters => "Filtrar y ordenar el plan", "Filter and sort the plan";
    FilterAll => "Todos", "All";
    FilterPerson => "Persona", "Stakeholder";
    PlanSortBy => "Ordenar por", "Sort by";
    SortPriority => "Prioridad", "Priority";
    SortDue => "Fecha límite", "Due date";
    PlanShowing => "{k} de {n} acciones", "{k} of {n} actions";
    PlanNoMatches => "Ninguna acción coincide con estos filtros.", "No action matches these filters.";
    PlanClearFilters => "Quitar los filtros", "Clear the filters";

    // Maps
    MapsMenu => "Mapas", "Maps";
    CurrentMap => "Mapa actual: {name}", "Current map: {name}";
    NewMap => "Nuevo mapa", "New map";
    NewMapName => "Nombre del nuevo mapa", "Name of the new map";
    DefaultMapName => "Mi mapa", "My map";
    RenameMap => "Renombrar mapa", "Rename map";
    DuplicateMap => "Duplicar mapa", "Duplicate map";
    MapDuplicated => "Copia hecha. Ahora tienes abierto {name}.", "Copy made. {name} is open now.";
    MapRenamed => "Mapa renombrado: {name}.", "Map renamed: {name}.";
    CopyOf => "{name} (copia)", "{name} (copy)";
    DeleteMap => "Eliminar mapa", "Delete map";
    ConfirmDeleteMap => "¿Eliminar el mapa «{name}» con sus {n} personas y su plan?", "Delete the map “{name}” with its {n} stakeholders and its plan?";
    ConfirmDeleteMapOne => "¿Eliminar el mapa «{name}» con {n} persona y su plan?", "Delete the map “{name}” with its {n} stakeholder and its plan?";
    ConfirmDeleteMapHelp => "Podrás deshacerlo durante unos segundos.", "You can undo it for a few seconds.";
    MapDeleted => "Mapa eliminado.", "Map deleted.";
    Close => "Cerrar", "Close";

    // Export / import
    Export => "Exportar", "Export";
    ExportMapJson => "Este mapa (JSON)", "This map (JSON)";
    ExportThisMap => "Exportar este mapa (JSON)", "Export this map (JSON)";
    ExportAllJson => "Todos los mapas (JSON)", "All maps (JSON)";
    ExportCsv => "Personas (CSV para hoja de cálculo)", "Stakeholders (CSV for spreadsheets)";
    ExportPlanCsv => "Plan de mejora (CSV para hoja de cálculo)", "Action plan (CSV for spreadsheets)";
    Import => "Importar", "Import";
    ImportFile => "Importar un archivo JSON", "Import a JSON file";
    ImportPreview => "Este archivo trae {n} mapas:", "This file holds {n} maps:";
    ImportPreviewOne => "Este archivo trae un mapa:", "This file holds one map:";
    ImportAsNew => "Importar como mapa nuevo", "Import as a new map";
    ImportReplace => "Reemplazar el mapa actual", "Replace the current map";
    ImportEmpty => "No se importó nada: el archivo no contiene ningún mapa.", "Nothing was imported: the file holds no map.";
    ImportNotJson => "No se importó nada: este archivo no es una exportación de Órbita (no es un JSON válido).",
                     "Nothing was imported: this file is not an Órbita export (it is not valid JSON).";
    ImportWrongShape => "No se importó nada: al archivo le falta algo o tiene un dato que Órbita no entiende.",
                        "Nothing was imported: the file is missing something, or holds a value Órbita does not understand.";
    TechnicalDetail => "Detalle técnico, en inglés, por si pides ayuda:", "Technical detail, in case you ask for help:";
    ImportFuture => "No se importó nada: el archivo viene de una versión más nueva de Órbita. Recarga la página para actualizar y vuelve a importarlo.",
                    "Nothing was imported: the file comes from a newer version of Órbita. Reload the page to update, then import it again.";
    Imported => "Importado.", "Imported.";
    PrintReport => "Imprimir informe", "Print report";
    BackupReminder => "Hace tiempo que no guardas una copia de este mapa. Exporta un JSON para tenerlo a salvo.",
                      "You haven't saved a copy of this map for a while. Export a JSON file to keep it safe.";

    // Share
    Share => "Compartir", "Share";
    ShareHeading => "Compartir este mapa con un enlace", "Share this map with a link";
    ShareExplain => "El enlace lleva el mapa completo dentro. Quien lo tenga podrá leerlo; no pasa por ningún servidor.",
                    "The link carries the whole map inside it. Anyone who has it can read the map; it never goes through a server.";
    ShareWithoutNotes => "Compartir sin notas ni plan", "Share without notes and plan";
    ShareLink => "Enlace para compartir", "Link to share";
    CopyLink => "Copiar enlace", "Copy link";
    LinkCopied => "Enlace copiado.", "Link copied.";
    CopyFailed => "No se pudo copiar automáticamente: selecciona el enlace y cópialo a mano.", "Couldn't copy automatically: select the link and copy it by hand.";
    LinkLength => "{n} caracteres", "{n} characters";
    LinkLengthOne => "{n} carácter", "{n} character";
    LinkTooLong => "Es un enlace largo: algunas apps de mensajería lo cortan. Si falla, exporta el mapa a un archivo.",
                   "This is a long link: some chat apps cut long links. If it fails, export the map to a file instead.";
    SharedBanner => "Mapa compartido: solo lectura", "Shared map — read only";
    SharedBannerBody => "Estás viendo «{name}», recibido por enlace. Tus mapas no se han tocado.", "You are looking at “{name}”, received through a link. Your own maps are untouched.";
    ExampleBanner => "Mapa de ejemplo: solo lectura", "Example map — read only";
    ExampleBannerBody => "Estás viendo «{name}», un ejemplo para explorar. Guárdalo como mapa nuevo si quieres cambiarlo; tus mapas no se tocan.", "You are looking at “{name}”, an example to explore. Save it as a new map if you want to change it; your own maps are untouched.";
    SaveAsNewMap => "Guardar como mapa nuevo", "Save as a new map";
    SharedAlreadySaved => "Ya tienes este mapa guardado como «{name}».", "You already have this map saved as “{name}”.";
    OpenSaved => "Abrir el guardado", "Open the saved one";
    SaveAnotherCopy => "Guardar otra copia", "Save another copy";
    Unnamed => "Sin nombre", "Unnamed";
    SharedSaved => "Guardado como mapa nuevo: {name}. Ya lo tienes abierto.", "Saved as a new map: {name}. It's open now.";
    ReadOnlyShared => "Este mapa compartido es de solo lectura: no se ha cambiado nada. Guárdalo como mapa nuevo para editarlo.", "This shared map is read only, so nothing was changed. Save it as a new map to edit it.";
    ReadOnlyExample => "Este ejemplo es de solo lectura: no se ha cambiado nada. Guárdalo como mapa nuevo para editarlo.", "This example is read only, so nothing was changed. Save it as a new map to edit it.";
    ShareErrEmpty => "El enlace no trae ningún mapa. Pide que te lo envíen otra vez.", "The link holds no map. Ask for it to be sent again.";
    ShareErrTruncated => "Este enlace está cortado: falta una parte. Pide que te lo envíen otra vez, completo.", "This link was cut off — part of it is missing. Ask for it again, in full.";
    ShareErrDamaged => "Este enlace está dañado o se modificó. Pide que te lo envíen otra vez.", "This link is damaged or was changed. Ask for it to be sent again.";
    ShareErrFuture => "Este enlace se hizo con una versión más nueva de Órbita. Recarga la página para actualizar y vuelve a abrirlo.", "This link was made by a newer version of Órbita. Reload the page to update, then open it again.";
    ShareErrTooLarge => "Este enlace es demasiado grande para abrirlo. Pide el mapa como archivo exportado.", "This link is too large to open. Ask for the map as an exported file.";
    ShareErrUnsupported => "Este navegador no puede abrir enlaces de Órbita. Actualízalo o abre el enlace en otro navegador.", "This browser can't open Órbita links. Update it, or open the link in another browser.";
    ShareUnsupported => "Este navegador no puede crear enlaces para compartir. Actualízalo, o exporta el mapa a un archivo.", "This browser can't make share links. Update it, or export the map to a file.";
    ShareErrUnknown => "Esto no parece un enlace de Órbita. Comprueba que lo copiaste entero.", "This doesn't look like an Órbita link. Check you copied all of it.";

    // Storage banners
    StorageUnavailable => "Este navegador no deja guardar datos aquí. Puedes trabajar, pero al cerrar la pestaña se perderá: exporta el mapa antes.",
                          "This browser won't let us save here. You can keep working, but it will be lost when you close the tab: export the map before you go.";
    StorageFull => "El almacenamiento del navegador está lleno y el último cambio no se guardó. Tu trabajo sigue en esta pestaña: exporta el mapa y libera espacio.",
                   "The browser's storage is full and your last change wasn't saved. Your work is still in this tab: export the map and free some space.";
    StorageRepaired => "Algunos datos guardados no se pudieron leer y se dejaron con su valor por defecto; todo lo demás está aquí. Guardamos una copia intacta del original.", "Some saved values couldn't be read and were set to their defaults; everything else is here. We kept an untouched copy of the original.";
    ImportRepaired => "Algunos datos del archivo no se pudieron leer y se importarán con su valor por defecto:", "Some values in the file couldn't be read and will be imported with their defaults:";
    StorageCorrupt => "No pudimos leer los datos guardados. Guardamos una copia intacta y empezamos de cero.", "We couldn't read the saved data. We kept an untouched copy and started afresh.";
    DownloadBackup => "Descargar la copia", "Download the copy";
    Recovery => "Recuperación", "Recovery";
    RecoveryIntro => "Copias de tus datos que Órbita guardó al no poder leer algo o al actualizarlos. Se quedan en este dispositivo; puedes descargarlas o recuperarlas como mapas nuevos.",
                     "Copies of your data that Órbita kept when something could not be read or was updated. They stay on this device: download them, or restore them as new maps.";
    RecoveryEmpty => "No hay copias guardadas. Órbita guarda una aquí cada vez que no puede leer tus datos o los actualiza.", "No copies kept. Órbita keeps one here whenever it can't read your data, or updates it.";
    KeptUnreadable => "Datos que no se pudieron leer", "Data that could not be read";
    KeptRepaired => "Antes de dejar valores ilegibles por defecto", "Before unreadable values were set to defaults";
    KeptUpdated => "Antes de actualizar el formato", "Before the format was updated";
    KeptUnknown => "Copia guardada", "Kept copy";
    KeptSize => "{n} caracteres", "{n} characters";
    RestoreAsNewMap => "Recuperar como mapa nuevo", "Restore as a new map";
    RecoveredName => "{name} (recuperado)", "{name} (recovered)";
    RestoredAsNew => "Recuperado como mapa nuevo.", "Restored as a new map.";
    RestoreFailed => "Esta copia no se puede leer como mapa. Descárgala para conservarla; quien te dé soporte podrá revisarla.", "This copy can't be read as a map. Download it to keep it; whoever helps you can look into it.";
    StorageFuture => "Estos datos se guardaron con una versión más nueva de Órbita. Para no estropearlos, aquí no se guardarán cambios. Recarga para actualizar.",
                     "This data was saved by a newer version of Órbita. To protect it, changes here won't be saved. Reload to update.";
    OtherTabMerged => "Otra pestaña cambió estos mapas mientras editabas aquí. Se guardaron los cambios de las dos.", "Another tab changed these maps while you were editing here. The changes from both were kept.";
    ConflictTitle => "Otra pestaña cambió lo mismo que tú a la vez. No se sobrescribió nada: elige qué versión quedarte.", "Another tab changed the same thing as you at the same time. Nothing was overwritten: choose which version to keep.";
    UseOtherVersion => "Usar la versión de la otra pestaña", "Use the other tab's version";
    KeepMine => "Conservar la mía", "Keep mine";
    KeepBoth => "Conservar las dos", "Keep both";
    ConflictMaps => "En conflicto: {names}. «Conservar las dos» guarda la versión de esta pestaña como copia.", "In conflict: {names}. “Keep both” saves this tab's version as a copy.";
    ThisTabCopy => "{name} (esta pestaña)", "{name} (this tab)";
    NewerVersionElsewhere => "Hay una versión más nueva de Órbita abierta en otra pestaña y ya guardó sus datos. Para no estropearlos, aquí no se guardarán cambios: recarga esta pestaña para actualizarla.",
                             "A newer version of Órbita is open in another tab and has saved its data. To protect it, changes here won't be saved: reload this tab to update it.";
    StorageDropped => "El navegador aceptó el último guardado pero no lo conservó. Tu trabajo sigue en esta pestaña: exporta el mapa por si acaso y vuelve a intentarlo recargando.",
                      "The browser accepted your last save but did not keep it. Your work is still in this tab: export the map to be safe, then try again by reloading.";
    ImportTooBig => "El mapa importado «{name}» no cabe en el almacenamiento del navegador, así que nada se guarda ahora. Quítalo para volver a guardar; el archivo sigue teniéndolo.",
                    "The imported map “{name}” doesn't fit in the browser's storage, so nothing is being saved now. Remove it to start saving again; the file still has it.";
    ImportTooBigMany => "Los mapas importados ({names}) no caben en el almacenamiento del navegador, así que nada se guarda ahora. Quítalos para volver a guardar; el archivo sigue teniéndolos.",
                        "The imported maps ({names}) don't fit in the browser's storage, so nothing is being saved now. Remove them to start saving again; the file still has them.";
    RemoveImported => "Quitar el mapa importado", "Remove the imported map";
    RemoveImportedMany => "Quitar los mapas importados", "Remove the imported maps";
    StorageCorruptBlocked => "No pudimos leer los datos guardados ni hacer una copia de seguridad. Para no perderlos, aquí no se guardará nada: descarga la copia, libera espacio y recarga.",
                             "We couldn't read the saved data, nor make a backup of it. To keep it safe, nothing will be saved here: download the copy, free some space and reload.";

    // Offline / update
    UpdateReady => "Hay una versión nueva lista.", "A new version is ready.";
    ReloadNow => "Recargar", "Reload";
    Install => "Instalar la app", "Install the app";
    OfflineReady => "Lista para usar sin conexión.", "Ready to use offline.";

    // Map view
    MapHeading => "Mapa de órbitas", "Orbit map";
    MapIntro => "Tu negocio está en el centro. Cuanto más cerca, más dentro está la persona.", "Your business is at the centre. The closer someone is, the more inside they are.";
    Legend => "Leyenda", "Legend";
    ShowTable => "Ver como tabla", "Show as table";
    ShowMap => "Ver como mapa", "Show as map";
    Filters => "Filtros", "Filters";
    FilterSide => "Lado", "Side";
    FilterType => "Tipo", "Type";
    FilterHealth => "Salud", "Health";
    All => "Todos", "All";
    HealthUnknownShort => "Faltan respuestas de salud", "Not enough health answers";
    MapEmpty => "Cuando respondas el cuestionario de alguien, aparecerá aquí.", "Once you answer someone's questionnaire, they appear here.";
    CenterLabel => "Tu negocio", "Your business";
    Unplaced => "{n} sin situar todavía", "{n} not placed yet";
    ColName => "Nombre", "Name";
    ColAxis => "Posición (0–100)", "Position (0–100)";
    ColSide => "Lado", "Side";
    ColType => "Tipo", "Type";
    ColHealth => "Salud", "Health";
    SortBy => "Ordenar por {col}", "Sort by {col}";
    MarkerDesc => "{name}: {side}, {type}, posición {axis} de 100, salud {health}", "{name}: {side}, {type}, position {axis} of 100, health {health}";
    ShowingN => "Mostrando {k} de {n}", "Showing {k} of {n}";

    // Summary
    SummaryHeading => "Resumen del mapa", "Map summary";
    PerSide => "Por lado", "By side";
    PerType => "Por tipo", "By type";
    PerTypeNote => "Quien está a medio camino o tiene dos tipos cuenta en cada uno, y quien aún no tiene tipo no cuenta: por eso la suma puede no coincidir con el número de personas.", "Someone in the middle or with two types counts in each, and someone without a type yet in none, so the total may differ from the number of people.";
    HealthInside => "Salud dentro", "Health inside";
    HealthOutside => "Salud fuera", "Health outside";
    AtRiskInsideOne => "{k}\u{a0}de\u{a0}1 persona de dentro en riesgo", "{k}\u{a0}of\u{a0}1 person inside at risk";
    AtRiskInside => "{k}\u{a0}de\u{a0}{n} personas de dentro en riesgo", "{k}\u{a0}of\u{a0}{n} people inside at risk";
    AtRiskOutsideOne => "{k}\u{a0}de\u{a0}1 persona de fuera en riesgo", "{k}\u{a0}of\u{a0}1 person outside at risk";
    AtRiskOutside => "{k}\u{a0}de\u{a0}{n} personas de fuera en riesgo", "{k}\u{a0}of\u{a0}{n} people outside at risk";
    HealthMeanOfOne => "Media de 1 persona con bastantes respuestas de salud", "Average of 1 person with enough health answers";
    HealthMeanOf => "Media de {n} personas con bastantes respuestas de salud", "Average of {n} people with enough health answers";
    HealthNoneRated => "Nadie tiene aún bastantes respuestas de salud", "No one has enough health answers yet";
    TwoRolesCountOne => "1 persona trabaja contigo y además te compra", "1 person works with you and also buys from you";
    TwoRolesCount => "{n} personas trabajan contigo y además te compran", "{n} people work with you and also buy from you";
    ThroughFirmCountOne => "1 persona trabaja para ti a través de otra empresa", "1 person works for you through another firm";
    ThroughFirmCount => "{n} personas trabajan para ti a través de otra empresa", "{n} people work for you through another firm";
    ChainHeading => "De dentro hacia fuera", "From inside to outside";
    // You think / they say: what stakeholders say about themselves
    HearHeading => "Lo que tú crees y lo que dice", "You think / they say";
    HearIntro => "Tu visión al lado de la suya: dónde la sitúas tú y dónde se sitúa, y en qué preguntas más difiere lo que contestáis.",
                 "Your view beside theirs: where you place them and where they place themselves, and the questions where your answers differ most.";
    HearIntroGroup => "Tu visión al lado de la del grupo: de cada pregunta cuenta lo que contestó la mayoría, nunca una respuesta suelta.",
                      "Your view beside the group's: each question shows what most of them answered, never one reply on its own.";
    HearGroupWho => "{name} · {n} respuestas", "{name} · {n} replies";
    HearGroupWhoOne => "{name} · 1 respuesta", "{name} · 1 reply";
    HearPending => "{n} respuestas por ahora: la visión del grupo se muestra a partir de {min}, para que nadie pueda ser identificado.",
                   "{n} replies so far — the group's view shows from {min}, so no one can be singled out.";
    HearPendingOne => "1 respuesta por ahora: la visión del grupo se muestra a partir de {min}, para que nadie pueda ser identificado.",
                      "1 reply so far — the group's view shows from {min}, so no one can be singled out.";
    HearNewer => "Contestado con una versión más nueva de Órbita: {n} respuestas no se han podido leer aquí. Se guardan tal cual; actualiza Órbita para verlas.",
                 "Answered with a newer version of Órbita: {n} answers could not be read here. They are kept as they came; update Órbita to see them.";
    HearNewerOne => "Contestado con una versión más nueva de Órbita: 1 respuesta no se ha podido leer aquí. Se guarda tal cual; actualiza Órbita para verla.",
                    "Answered with a newer version of Órbita: 1 answer could not be read here. It is kept as it came; update Órbita to see it.";
    HearYouThink => "Tú crees", "You think";
    HearTheySay => "Según su respuesta", "They say";
    HearGroupSays => "Según el grupo", "The group says";
    HearNotPlaced => "Sin respuestas suficientes para situarla", "Not enough answers to place them";
    HearPosition => "Posición", "Position";
    HearGaps => "Dónde difieren vuestras respuestas", "Where your answers differ";
    HearGapsNone => "Contestáis lo mismo en todo lo que habéis contestado los dos.", "You answer the same wherever you both answered.";
    HearGapFar => "Muy distinto", "Far apart";
    HearGapSome => "Distinto", "Apart";
    HearGapNear => "Parecido", "Close";
    HearGapSame => "Igual", "Same";
    HearGapNone => "Sin comparar", "Not compared";
    HearAxisBoth => "Posición: tú {mine} de 100; {who} {theirs} de 100", "Position: you {mine} of 100; {who} {theirs} of 100";
    HearThem => "según su respuesta", "they say";
    HearGroup => "según el grupo", "the group says";
    HearLineDesc => "{name}: tú la sitúas en {mine} de 100; {who}, {theirs} de 100", "{name}: you place them at {mine} of 100; {who} {theirs} of 100";
    ColTheySay => "Según su respuesta", "They say";
    HearSummaryHeading => "Dónde más difieren las dos visiones", "Where the two views disagree most";
    HearSummaryIntro => "Las personas cuya respuesta sobre sí mismas más se aleja de la tuya, con la mayor diferencia.",
                        "The people whose answers about themselves are furthest from yours, with the biggest difference.";
    HearRepliesN => "{n} respuestas", "{n} replies";
    HearRepliesOne => "1 respuesta", "1 reply";
    HearSummaryAgree => "Quienes han contestado sobre sí mismos lo ven igual que tú.", "Everyone who answered about themselves sees it as you do.";
    ShareIncludeReplies => "Incluir sus respuestas", "Include their replies";
    ShareIncludeRepliesHelp => "Lo que han contestado las personas sobre sí mismas: las de cada persona, y las de los grupos solo a partir de {min} respuestas.",
                               "What people answered about themselves: each person's, and a group's only from {min} replies.";
    TopActions => "Próximas cinco acciones", "Next five actions";
    NoTopActions => "Sin acciones todavía: responde cuestionarios para recibir sugerencias.", "No actions yet: answer questionnaires to get suggestions.";
    ReportTitle => "Informe de Órbita: {name}", "Órbita report: {name}";
    ReportDate => "Fecha: {date}", "Date: {date}";
    ReportStakeholders => "Personas y su situación", "Stakeholders and their placement";
    ErrorGeneric => "Algo falló: {msg}", "Something went wrong: {msg}";

    // Map view (details, legend, filters)
    QuestionNotOnPath => "Esa pregunta no forma parte del cuestionario de {name}.",
                         "That question isn't part of {name}'s questionnaire.";
    MapHint => "Pasa el ratón por un punto, tócalo o llega a él con el tabulador (y pasa de uno a otro con las flechas) para ver sus datos; haz clic, vuelve a tocarlo o pulsa Intro para abrir su ficha.",
               "Hover over a marker, tap it or reach it with Tab (the arrow keys move between markers) to see its details; click it, tap it again or press Enter to open it.";
    MapLabel => "Mapa de órbitas: cada punto es una persona; cuanto más cerca del centro, más dentro de tu negocio.",
                "Orbit map: each marker is a stakeholder; the closer to the centre, the more inside your business.";
    LegendTypes => "Sectores y formas: los seis tipos", "Sectors and shapes: the six types";
    LegendTypesHelp => "El círculo se parte en seis sectores, uno por tipo: a la derecha la gente de dentro de tu negocio, a la izquierda la que te compra. Cada punto va en el sector de su tipo principal, con su forma y su color.",
                       "The circle is cut into six sectors, one per type: people inside your business on the right, people who buy from you on the left. Each marker sits in the sector of its main type, with that type's shape and colour.";
    LegendZones => "Anillos: cuánto está dentro", "Rings: how far inside";
    LegendZonesHelp => "Cuanto más cerca del centro (tu negocio), más dentro está la persona.",
                       "The closer to the centre (your business), the more inside the person is.";
    LegendHealth => "Línea alrededor: salud de la experiencia", "Line around a marker: experience health";
    LegendHealthHelp => "Continua si va bien, a trazos si va regular, doble si está en riesgo.",
                        "Solid when it goes well, dashed when it is so-so, double when it is at risk.";
    NamesHeading => "Nombres en el mapa", "Names on the map";
    NamesHint => "De más dentro a más fuera. Toca un nombre para señalar su punto.",
                 "From most inside to most outside. Tap a name to ring its marker.";
    NoType => "Sin tipo claro", "No clear type";
    TypePending => "Aún sin tipo", "No type yet";
    NoFilterMatches => "Nadie coincide con estos filtros.", "No one matches these filters.";
    ClearFilters => "Mostrar a todos", "Show everyone";
    GoToList => "Ir a la lista de personas", "Go to the stakeholder list";
    ZoneInside => "Dentro", "Inside";
    ZoneMiddle => "En medio", "In between";
    ZoneOutside => "Fuera", "Outside";
    HalfExternal => "Gente que te compra", "People who buy from you";
    HalfInternal => "Gente de dentro de tu negocio", "People inside your business";
    ZoneInsideHelp => "Gente de dentro de tu negocio (cliente interno), desde {n} de 100.", "People inside your business (internal customers), from {n} of 100.";
    ZoneMiddleHelp => "Con un pie dentro y otro fuera.", "A foot on each side.";
    ZoneOutsideHelp => "Gente que te compra (cliente externo), hasta {n} de 100.", "People who buy from you (external customers), up to {n} of 100.";
    TableCaption => "Personas situadas en el mapa", "Stakeholders placed on the map";

    // Summary (dashboard and report)
    SummaryIntro => "Cuánta gente tienes dentro y fuera, cómo le va a cada lado y por dónde empezar.",
                    "How many people you have inside and outside, how each side is doing, and where to start.";
    PlacedOfTotal => "{k} de {n} personas situadas", "{k} of {n} stakeholders placed";
    PlacedOfOne => "{k} de 1 persona situada", "{k} of 1 stakeholder placed";
    PeopleN => "{n} personas", "{n} people";
    PeopleOne => "1 persona", "1 person";
    FirstStep => "Primer paso", "First step";
    TopActionsIntro => "Lo que más ayudaría ahora, juntando las sugerencias de todas las personas del mapa. La prioridad (de 0 a 100) pesa lo urgente que es para quien más lo necesita y a cuántas personas ayudaría.",
                       "What would help most right now, pooling the suggestions for everyone on the map. Priority (0 to 100) weighs how urgent it is for whoever needs it most and how many people it would help.";
    PlanPriorityHelp => "Cada acción empieza con la prioridad (de 0 a 100) que tenía al añadirla: la de la sugerencia de esa persona, o la del resumen del mapa si vino de allí. Cámbiala cuando quieras; las más altas van primero.",
                        "Each action starts with the priority (0 to 100) it had when you added it: that person's suggestion's, or the map summary's if it came from there. Change it whenever you like; higher ones come first.";
    AndNMore => "y {n} más", "and {n} more";
    ReportPlacement => "Situación", "Placement";
    ReportNoPlan => "Todavía no hay acciones en el plan.", "No actions in the plan yet.";

    // Invites: asking a stakeholder, the respondent's page, and replies coming back
    AskThem => "Pedir su opinión", "Ask them";
    AskHeading => "Pedir su opinión a {name}", "Ask {name} for their view";
    AskExplain => "Crea un enlace y un código QR con unas preguntas cortas escritas para quien responde. Sus respuestas te vuelven en otro enlace que te envía; nada pasa por ningún servidor.",
                  "Make a link and a QR code with a few short questions written for whoever answers. Their answers come back in another link they send you; nothing goes through any server.";
    AskWho => "¿Quién responde?", "Who answers?";
    AskPerson => "Una persona", "One person";
    AskPersonHelp => "Verás sus respuestas junto a las tuyas.", "You'll see their answers next to yours.";
    AskGroup => "Un grupo", "A group";
    AskGroupHelp => "Acepta muchas respuestas. Solo verás el resultado del grupo, a partir de 3 respuestas, nunca una por una.",
                    "Takes many replies. You'll only see the group's result, from 3 replies on, never one by one.";
    AskBusiness => "Nombre del negocio que verán", "Business name they'll see";
    AskBusinessHelp => "Déjalo vacío para no mostrar ninguno.", "Leave it empty to show none.";
    AskAddress => "Cómo dirigirte a quien responde", "How to address them";
    AskAddressHelp => "Por ejemplo, su nombre. Déjalo vacío para un simple «tú».", "Their name, for example. Leave it empty for a plain “you”.";
    AskLanguage => "Idioma de las preguntas", "Language of the questions";
    MakeInvite => "Crear el enlace", "Make the link";
    InviteLinkLabel => "Enlace de la invitación", "Invite link";
    InviteQrLabel => "Código QR de la invitación", "QR code of the invite";
    ShareSheet => "Compartir…", "Share…";
    InviteMade => "Envía este enlace o enseña el código QR. Quien responda te mandará un enlace de respuesta: ábrelo aquí, en tu Órbita.",
                  "Send this link or show the QR code. Whoever answers will send you a reply link: open it here, in your Órbita.";
    InviteNoCrypto => "Este navegador no puede crear claves seguras, así que no puede crear invitaciones.", "This browser can't make secure keys, so it can't make invites.";
    InvitesHeading => "Su propia opinión", "Their own view";
    InvitesEmpty => "Aún no le has pedido su opinión.", "You haven't asked them yet.";
    InvitePersonItem => "Invitación personal del {date}", "Personal invite of {date}";
    InviteGroupItem => "Invitación de grupo del {date}", "Group invite of {date}";
    RepliesOne => "1 respuesta", "1 reply";
    RepliesN => "{n} respuestas", "{n} replies";
    GroupWaiting => "El grupo se muestra a partir de 3 respuestas.", "The group shows from 3 replies on.";
    ShowInvite => "Ver enlace", "Show link";
    DeleteInvite => "Eliminar invitación", "Delete invite";
    DeleteInviteQuestion => "¿Eliminar esta invitación?", "Delete this invite?";
    DeleteInviteBody => "Las respuestas que ya trajo se eliminan con ella, y las que lleguen después no se podrán añadir.",
                        "The replies it already brought are deleted with it, and any that come later can't be added.";
    InviteDeleted => "Invitación eliminada.", "Invite deleted.";
    RespHello => "¡Hola, {name}!", "Hi {name}!";
    RespHelloPlain => "¡Hola!", "Hi!";
    RespIntro => "{business} quiere saber cómo ves tu relación con su negocio.", "{business} would like to know how you see your relationship with them.";
    RespIntroPlain => "Un negocio con el que tratas quiere saber cómo ves tu relación con él.", "A business you deal with would like to know how you see your relationship with them.";
    RespHowLong => "Son unas {n} preguntas cortas: unos 3 minutos.", "About {n} short questions: around 3 minutes.";
    RespSharedTitle => "Qué se comparte", "What is shared";
    RespShared => "Solo tus respuestas a estas preguntas, y solo cuando tú envíes el enlace de respuesta a quien te invitó. Esta página no envía nada a ningún sitio: tus respuestas se quedan en este dispositivo hasta que las mandes.",
                  "Only your answers to these questions, and only when you send the reply link to whoever invited you. This page sends nothing anywhere: your answers stay on this device until you send them.";
    RespSharedGroup => "Tus respuestas se cuentan con las del resto del grupo: solo se ven juntas, a partir de 3 respuestas, nunca una por una.",
                       "Your answers are counted with the rest of your group's: they're only seen together, from 3 replies on, never one by one.";
    RespStart => "Empezar", "Start";
    RespContinue => "Seguir donde lo dejaste", "Continue where you left off";
    RespProgress => "Pregunta {k} de {n}", "Question {k} of {n}";
    RespFinish => "Terminar", "Finish";
    RespDoneTitle => "¡Gracias!", "Thank you!";
    RespDone => "Envía este enlace a {business} por correo o por chat, o enséñale el código QR. Es la única forma de que le lleguen tus respuestas.",
                "Send this link to {business} by email or chat, or show them the QR code. It's the only way your answers reach them.";
    RespDonePlain => "Envía este enlace a quien te invitó, por correo o por chat, o enséñale el código QR. Es la única forma de que le lleguen tus respuestas.",
                     "Send this link to whoever invited you, by email or chat, or show them the QR code. It's the only way your answers reach them.";
    ReplyLinkLabel => "Tu enlace de respuesta", "Your reply link";
    ReplyQrLabel => "Código QR de tu respuesta", "QR code of your reply";
    RespChange => "Cambiar mis respuestas", "Change my answers";
    RespBroken => "No se puede abrir esta invitación", "This invite can't be opened";
    RespBrokenBody => "El enlace está incompleto o dañado. Pide a quien te lo envió que te lo mande otra vez, entero.",
                      "The link is incomplete or damaged. Ask whoever sent it to send it again, all of it.";
    RespFutureBody => "Esta invitación se hizo con una versión más nueva de Órbita. Recarga la página para ponerla al día.",
                      "This invite was made with a newer version of Órbita. Reload the page to update it.";
    RespNotKept => "Tus respuestas no se pueden guardar en este dispositivo: termina sin cerrar la página.",
                   "Your answers can't be kept on this device: finish without closing the page.";
    ReplyHeading => "Ha llegado una respuesta", "A reply came in";
    ReplyFor => "Para {name}, en el mapa {map}.", "For {name}, on the map {map}.";
    ReplyPerson => "Invitación personal: la respuesta se guarda tal cual.", "Personal invite: the reply is kept as it is.";
    ReplyGroup => "Invitación de grupo: la respuesta se suma a las del grupo y no se guarda por separado.",
                  "Group invite: the reply is added to the group's count and not kept on its own.";
    ReplyAnswersOne => "Trae 1 respuesta a las preguntas.", "It brings 1 answer to the questions.";
    ReplyAnswersN => "Trae {n} respuestas a las preguntas.", "It brings {n} answers to the questions.";
    ReplyUnread => "Respuestas que esta versión aún no sabe leer: {n}. Vienen de una versión más nueva de Órbita y se guardan tal como llegaron, para cuando la actualices.",
                   "Answers this version can't read yet: {n}. They come from a newer Órbita and are kept as they came, for when you update.";
    AddReplyTo => "Añadir a {name}", "Add to {name}";
    ReplyAdded => "Respuesta añadida a {name}.", "Reply added to {name}.";
    ReplyForged => "Esta respuesta no coincide con su invitación: se cambió después de hacerla, o se hizo sin la invitación. No se ha añadido nada.",
                   "This reply doesn't match its invite: it was changed after it was made, or made without the invite. Nothing was added.";
    ReplyNoInvite => "Esta respuesta es de una invitación que no está en tus mapas de este navegador: puede que la eliminaras o que se hiciera en otro. No se ha añadido nada.",
                     "This reply answers an invite that isn't in your maps in this browser: it may have been deleted, or made in another one. Nothing was added.";
    ReplyDuplicate => "Esta respuesta ya se había añadido. No ha cambiado nada.", "This reply was already added. Nothing changed.";
    ReplyDamaged => "Este enlace de respuesta está incompleto o dañado. Pide que te lo envíen otra vez, entero. No se ha añadido nada.",
                    "This reply link is incomplete or damaged. Ask for it again, all of it. Nothing was added.";
    ReplyFuture => "Este enlace de respuesta se hizo con una versión más nueva de Órbita. Recarga la página para ponerla al día.",
                   "This reply link was made with a newer version of Órbita. Reload the page to update it.";
    NotNow => "Ahora no", "Not now";
}

/// Fills `{name}` placeholders in a template.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    // One pass over the template: a value is never read again, so text a user wrote (a map
    // named "{n}") stays as written.
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let key = &after[..close];
            args.iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| (*v, close))
        });
        match value {
            Some((v, close)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Opens an isolated run of text (FIRST STRONG ISOLATE): what follows takes its own direction.
pub const ISOLATE: char = '\u{2068}';
/// Closes it (POP DIRECTIONAL ISOLATE).
pub const END_ISOLATE: char = '\u{2069}';

/// `text` a user wrote, isolated from the sentence around it, so a name in another script
/// or with stray direction marks cannot reorder the app's own words. In element content the
/// marks become `<bdi>` (see `components::text::isolated` and `components::markup::esc_isolated`); in attributes they stay.
pub fn user(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2 * ISOLATE.len_utf8());
    out.push(ISOLATE);
    // The text's own isolates are kept but balanced: a close with nothing of its own to
    // close would end this isolate early, and one left open would take this isolate's close
    // for its own, so the app's words after it would stay inside.
    let mut open = 0usize;
    for c in text.chars() {
        if is_isolate_start(c) {
            open += 1;
        } else if c == END_ISOLATE {
            if open == 0 {
                continue;
            }
            open -= 1;
        }
        out.push(c);
    }
    out.extend(std::iter::repeat_n(END_ISOLATE, open + 1));
    out
}

/// LEFT-TO-RIGHT, RIGHT-TO-LEFT and FIRST STRONG ISOLATE: each is closed by [`END_ISOLATE`].
fn is_isolate_start(c: char) -> bool {
    matches!(c, '\u{2066}' | '\u{2067}' | ISOLATE)
}

/// The runs of `text`, as `(run, is_user_text)`: user text is what [`user`] marked. Element
/// content shows those runs in `<bdi>` (`components::text::isolated`, `components::markup`),
/// where the marks themselves would be invisible characters in the page's text.
pub fn runs(text: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(ISOLATE) {
        if open > 0 {
            out.push((&rest[..open], false));
        }
        let inner = &rest[open + ISOLATE.len_utf8()..];
        // The close that matches this open: the user's own isolates inside are balanced.
        let mut depth = 0usize;
        let close = inner
            .char_indices()
            .find(|&(_, c)| {
                if is_isolate_start(c) {
                    depth += 1;
                } else if c == END_ISOLATE {
                    if depth == 0 {
                        return true;
                    }
                    depth -= 1;
                }
                false
            })
            .map_or(inner.len(), |(i, _)| i);
        out.push((&inner[..close], true));
        rest = inner.get(close + END_ISOLATE.len_utf8()..).unwrap_or("");
    }
    if !rest.is_empty() {
        out.push((rest, false));
    }
    out
}

/// Names a user wrote, each isolated on its own (see [`user`]) and joined by commas, so one
/// name's direction marks cannot reach the next name or the commas between them.
pub fn user_list<S: AsRef<str>>(names: &[S]) -> String {
    names
        .iter()
        .map(|n| user(n.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Which text a count of `n` takes: `one` for exactly one, `many` otherwise. Spanish and
/// English agree on this, zero included ("0 mapas", "0 maps"), so one rule serves both.
pub fn one_or_many(n: usize, one: K, many: K) -> K {
    if n == 1 {
        one
    } else {
        many
    }
}

/// A count with its noun ("1 persona", "2 personas"): the text [`one_or_many`] picks, with
/// `{n}` filled by `n` in the language's number format.
pub fn plural(n: usize, one: K, many: K, lang: Lang) -> String {
    fill(
        one_or_many(n, one, many).get(lang),
        &[("n", &fmt_int(n, lang))],
    )
}

/// Integer with the language's thousands separator (1.000 / 1,000).
pub fn fmt_int(n: usize, lang: Lang) -> String {
    let digits = n.to_string();
    let sep = match lang {
        Lang::Es => '.',
        Lang::En => ',',
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// An ISO `YYYY-MM-DD` date in the language's usual order.
pub fn fmt_date(iso: &str, lang: Lang) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return iso.to_string();
    };
    let month: usize = m.parse().unwrap_or(0);
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match lang {
        Lang::Es => format!("{d}/{m}/{y}"),
        Lang::En if (1..=12).contains(&month) => {
            format!("{} {}, {y}", EN[month - 1], d.trim_start_matches('0'))
        }
        Lang::En => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_splash_says_what_the_welcome_screen_says_in_each_language() {
        // index.html shows these before the WebAssembly arrives; boot.js picks the block.
        let page = include_str!("../index.html");
        let about = page
            .find(r#"<div class="boot__about">"#)
            .expect("the splash says what the app is about");
        for lang in [Lang::En, Lang::Es] {
            let open = format!(r#"<div lang="{}">"#, lang.code());
            let start = page[about..]
                .find(&open)
                .expect("the splash has a block per language");
            let block = &page[about + start..];
            let block = &block[..block.find("</div>").expect("the block is closed")];
            let texts: Vec<&str> = block
                .split("</p>")
                .filter_map(|p| p.rsplit_once('>').map(|(_, text)| text))
                .collect();
            let welcome = [K::WelcomeTitle, K::WelcomeBody1, K::WelcomeBody2].map(|k| k.get(lang));
            assert_eq!(texts, welcome, "{lang:?}");
        }
    }

    #[test]
    fn user_text_cannot_change_a_template() {
        let name = user("{n} and {name}");
        let out = fill("Deleted {name} ({n} left)", &[("name", &name), ("n", "3")]);
        assert_eq!(out, "Deleted \u{2068}{n} and {name}\u{2069} (3 left)");
        // Unknown or unclosed braces stay as written.
        assert_eq!(fill("{x} {y", &[("n", "1")]), "{x} {y");
    }

    #[test]
    fn isolated_user_text_cannot_close_its_isolate_early() {
        assert_eq!(user("a\u{2069}\u{202e}b"), "\u{2068}a\u{202e}b\u{2069}");
        // An isolate the user opened is closed inside theirs; one they closed stays theirs.
        assert_eq!(user("\u{2067}a"), "\u{2068}\u{2067}a\u{2069}\u{2069}");
        assert_eq!(
            user("\u{2066}a\u{2069}b\u{2069}"),
            "\u{2068}\u{2066}a\u{2069}b\u{2069}"
        );
        let text = fill("Open {name} now", &[("name", &user("\u{2068}x\u{202e}"))]);
        assert_eq!(
            runs(&text),
            [
                ("Open ", false),
                ("\u{2068}x\u{202e}\u{2069}", true),
                (" now", false)
            ]
        );
    }

    #[test]
    fn user_runs_are_found_between_the_marks() {
        let text = fill("Deleted {name}.", &[("name", &user("Ana"))]);
        assert_eq!(
            runs(&text),
            [("Deleted ", false), ("Ana", true), (".", false)]
        );
        assert_eq!(runs("plain"), [("plain", false)]);
        assert_eq!(runs(&user("")), [("", true)]);
    }

    #[test]
    fn user_lists_isolate_each_name() {
        assert_eq!(
            user_list(&["Ana", "\u{202e}Luis"]),
            "\u{2068}Ana\u{2069}, \u{2068}\u{202e}Luis\u{2069}"
        );
        assert_eq!(user_list::<&str>(&[]), "");
    }

    #[test]
    fn counts_read_right_for_one_and_for_many_in_both_languages() {
        let cases = [
            (
                K::PeopleOne,
                K::PeopleN,
                "persona",
                "personas",
                "person",
                "people",
            ),
            (
                K::LinkLengthOne,
                K::LinkLength,
                "carácter",
                "caracteres",
                "character",
                "characters",
            ),
            (
                K::ImportPreviewOne,
                K::ImportPreview,
                "un mapa",
                "mapas",
                "one map",
                "maps",
            ),
        ];
        for (one, many, es1, es_n, en1, en_n) in cases {
            assert!(plural(1, one, many, Lang::Es).contains(es1), "{one:?}");
            assert!(plural(1, one, many, Lang::En).contains(en1), "{one:?}");
            for n in [0, 2, 5] {
                let es = plural(n, one, many, Lang::Es);
                let en = plural(n, one, many, Lang::En);
                assert!(es.contains(&format!("{n} {es_n}")), "{es}");
                assert!(en.contains(&format!("{n} {en_n}")), "{en}");
            }
        }
        assert_eq!(plural(1, K::PeopleOne, K::PeopleN, Lang::Es), "1 persona");
        assert_eq!(plural(2, K::PeopleOne, K::PeopleN, Lang::En), "2 people");
        // Large counts keep the language's thousands separator.
        assert_eq!(
            plural(1500, K::LinkLengthOne, K::LinkLength, Lang::Es),
            "1.500 caracteres"
        );
        assert_eq!(
            one_or_many(1, K::ConfirmDeleteMapOne, K::ConfirmDeleteMap),
            K::ConfirmDeleteMapOne
        );
        assert_eq!(
            one_or_many(0, K::ConfirmDeleteMapOne, K::ConfirmDeleteMap),
            K::ConfirmDeleteMap
        );
        let one = fill(
            K::ConfirmDeleteMapOne.get(Lang::Es),
            &[("name", "Tienda"), ("n", "1")],
        );
        assert_eq!(one, "¿Eliminar el mapa «Tienda» con 1 persona y su plan?");
    }

    #[test]
    fn every_key_has_text_in_both_languages() {
        for k in K::ALL {
            assert!(!k.text().es.trim().is_empty(), "{k:?} has no Spanish text");
            assert!(!k.text().en.trim().is_empty(), "{k:?} has no English text");
        }
    }

    #[test]
    fn placeholders_match_between_languages() {
        for k in K::ALL {
            let holes = |s: &str| {
                let mut v: Vec<String> = s
                    .split('{')
                    .skip(1)
                    .filter_map(|p| p.split_once('}').map(|(h, _)| h.to_string()))
                    .collect();
                v.sort();
                v
            };
            assert_eq!(
                holes(k.text().es),
                holes(k.text().en),
                "{k:?} placeholders differ"
            );
        }
    }

    #[test]
    fn fill_replaces_every_placeholder() {
        assert_eq!(fill("{k} of {n}", &[("k", "2"), ("n", "9")]), "2 of 9");
    }

    #[test]
    fn numbers_and_dates_follow_the_language() {
        assert_eq!(fmt_int(1000, Lang::Es), "1.000");
        assert_eq!(fmt_int(1234567, Lang::En), "1,234,567");
        assert_eq!(fmt_int(12, Lang::En), "12");
        assert_eq!(fmt_date("2026-11-05", Lang::Es), "05/11/2026");
        assert_eq!(fmt_date("2026-11-05", Lang::En), "Nov 5, 2026");
        assert_eq!(fmt_date("garbage", Lang::En), "garbage");
    }
}
