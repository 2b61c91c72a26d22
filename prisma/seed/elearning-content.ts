/**
 * The text of the e-learning units (Markdown, rendered after sanitising). The
 * guide's module keeps its exact unit names; the others stay short but real,
 * so that opening any unit of the demo shows something a trainee would read.
 */
export type UnitSeed = { minutes: number; content: string; videoUrl?: string };

export const UNIT_CONTENT: Record<string, UnitSeed[]> = {
  "avantages-nature": [
    {
      minutes: 80,
      content: `## Qu'est-ce qu'un avantage en nature ?

Un avantage en nature est un bien ou un service fourni ou mis à disposition du salarié par l'employeur, **gratuitement ou moyennant une participation inférieure à sa valeur réelle**, qui lui permet de faire l'économie d'une dépense personnelle.

Il constitue un **élément de rémunération** : il est soumis aux cotisations et contributions sociales, à la CSG et à la CRDS, et il entre dans le revenu imposable du salarié.

### Les critères à vérifier

- l'avantage profite au salarié, ou à sa famille, dans sa vie **privée** ;
- il est attribué **en raison de l'appartenance à l'entreprise** ;
- il ne correspond pas à une dépense engagée pour les besoins de l'activité, qui relèverait des **frais professionnels**.

### Évaluation : forfait ou valeur réelle

La plupart des avantages peuvent être évalués **forfaitairement**, selon les barèmes publiés chaque année par l'URSSAF, ou **d'après leur valeur réelle**. Le choix appartient en principe à l'employeur ; il doit être appliqué de façon cohérente et documenté dans le dossier de paie.

> À retenir : l'avantage en nature s'ajoute au brut soumis à cotisations puis se déduit du net, puisqu'il n'est pas versé en argent.`,
    },
    {
      minutes: 100,
      content: `## Nourriture

L'avantage est évalué **forfaitairement par repas**, pour un montant revalorisé chaque 1er janvier. Le secteur des hôtels, cafés et restaurants suit des règles qui lui sont propres.

## Logement

Deux méthodes : un **forfait mensuel** qui dépend de la rémunération du salarié et du nombre de pièces, ou la **valeur locative** servant à l'établissement de la taxe foncière, majorée des avantages accessoires (eau, gaz, électricité, chauffage, garage).

## Véhicule

Lorsque le salarié peut utiliser un véhicule de l'entreprise à titre privé, l'avantage est évalué soit **d'après les dépenses réellement engagées**, soit **au forfait**, en pourcentage du coût d'achat ou du coût global annuel de la location. Des règles particulières s'appliquent aux véhicules électriques.

## Outils numériques

L'ordinateur et le téléphone mis à disposition pour un usage professionnel ne constituent pas un avantage en nature, sauf usage privé excédant ce qui relève de la vie courante.

## Sécuriser en cas de contrôle

- conserver les justificatifs de la méthode retenue (contrats de location, carnets de bord, factures) ;
- vérifier la cohérence entre le bulletin de paie, la DSN et les déclarations fiscales ;
- formaliser la politique de l'entreprise dans une note interne remise aux salariés concernés.`,
    },
  ],
  "tva-fondamentaux": [
    {
      minutes: 60,
      content: `## Les opérations imposables

Sont soumises à la TVA les **livraisons de biens** et les **prestations de services** effectuées à titre onéreux par un assujetti agissant en tant que tel. Certaines opérations sont imposables par disposition expresse de la loi, d'autres exonérées (enseignement, opérations médicales, certaines opérations financières).

## La territorialité

Une opération n'est taxable en France que si son **lieu** est situé en France. Pour les biens, on regarde en principe le lieu de départ ou de livraison ; pour les services, le lieu d'établissement du preneur assujetti (règle générale en B2B) ou du prestataire (règle générale en B2C).`,
    },
    {
      minutes: 50,
      content: `## Fait générateur et exigibilité

Le **fait générateur** est l'événement qui rend la taxe due ; l'**exigibilité** est le moment où le Trésor peut la réclamer.

- pour les **livraisons de biens**, la TVA est exigible à la livraison ;
- pour les **prestations de services**, elle est exigible à l'encaissement, sauf option pour les débits.

Cette distinction conditionne la période de déclaration et donc la trésorerie du client.`,
    },
    {
      minutes: 70,
      content: `## Le droit à déduction

La TVA supportée sur les dépenses est déductible si elles sont **nécessaires à l'exploitation** et si l'opération en aval est **taxée**. La déduction est subordonnée à la détention d'une **facture conforme** et s'exerce sur la déclaration de la période d'exigibilité chez le fournisseur.

Certaines dépenses sont exclues : véhicules de tourisme et leur entretien, dépenses de logement des dirigeants et du personnel, cadeaux au-delà d'un montant unitaire fixé par décret.`,
    },
    {
      minutes: 60,
      content: `## Les régimes d'imposition

- **franchise en base** : pas de TVA facturée sous un seuil de chiffre d'affaires ;
- **régime simplifié** : acomptes semestriels et déclaration annuelle CA12 ;
- **régime réel normal** : déclaration mensuelle CA3.

## La déclaration CA3

Elle récapitule la TVA collectée, la TVA déductible sur immobilisations et sur autres biens et services, puis calcule le montant à payer ou le crédit à reporter.`,
    },
  ],
  "lcb-ft": [
    {
      minutes: 50,
      content: `## Pourquoi les experts-comptables sont assujettis

Le Code monétaire et financier range les experts-comptables parmi les professions assujetties au dispositif de lutte contre le blanchiment des capitaux et le financement du terrorisme (**LCB-FT**). Le cabinet doit disposer d'une **cartographie des risques** et de procédures internes écrites.

Les acteurs : **Tracfin** reçoit les déclarations de soupçon ; l'Ordre contrôle le respect des obligations par les cabinets.`,
    },
    {
      minutes: 70,
      content: `## Les obligations de vigilance

Avant d'entrer en relation d'affaires, le professionnel **identifie le client** et, le cas échéant, le **bénéficiaire effectif**, et vérifie ces éléments sur document probant. Pendant toute la relation, il exerce une **vigilance constante**, adaptée au niveau de risque : simplifiée, standard ou renforcée.

Les documents sont conservés **cinq ans** après la fin de la relation.`,
    },
    {
      minutes: 60,
      content: `## La déclaration de soupçon

Lorsque le professionnel sait, soupçonne ou a de bonnes raisons de soupçonner qu'une opération provient d'une infraction passible d'une peine de plus d'un an d'emprisonnement ou participe au financement du terrorisme, il adresse une **déclaration à Tracfin**.

Elle est **confidentielle** : le client ne doit pas en être informé.`,
    },
  ],
  "compta-associations": [
    {
      minutes: 100,
      content: `## Le cadre comptable

Les associations qui tiennent une comptabilité appliquent le **règlement ANC n° 2018-06**, qui adapte le plan comptable général à leurs spécificités : absence de capital, fonds propres avec ou sans droit de reprise, ressources affectées.

Le compte de résultat distingue les produits liés à la générosité du public, les subventions et les ventes de biens et services.`,
    },
    {
      minutes: 110,
      content: `## Ressources et fonds dédiés

Les **subventions** d'exploitation sont comptabilisées en produits de l'exercice qu'elles financent. La part d'une ressource affectée non utilisée à la clôture est inscrite en **fonds reportés** ou en **fonds dédiés**, selon qu'elle a été ou non engagée.

Les **contributions volontaires en nature** (bénévolat, mises à disposition) sont présentées en pied de compte de résultat lorsque leur valorisation est fiable.`,
    },
  ],
  "excel-chiffre": [
    {
      minutes: 60,
      content: `## Des tableaux fiables

Transformez vos plages en **tableaux structurés** (Ctrl + L) : les formules s'étendent automatiquement et les références deviennent lisibles (\`=[@Débit]-[@Crédit]\`).

Évitez les valeurs saisies en dur dans les formules et isolez les hypothèses dans un onglet dédié.`,
    },
    {
      minutes: 60,
      content: `## RECHERCHEX et rapprochements

\`RECHERCHEX\` remplace avantageusement \`RECHERCHEV\` : recherche dans n'importe quelle colonne, valeur par défaut si rien n'est trouvé.

Exemple : rapprocher un relevé bancaire d'un grand livre en cherchant chaque montant et en marquant les écarts avec une mise en forme conditionnelle.`,
    },
    {
      minutes: 60,
      content: `## Tableaux croisés dynamiques

À partir d'une balance exportée, un tableau croisé dynamique totalise les soldes par classe de comptes, par mois ou par établissement en quelques clics. Les **segments** permettent de filtrer l'analyse devant le client.`,
    },
  ],
  "bulletin-paie-elearning": [
    {
      minutes: 40,
      content: `## Le cadre juridique

Le bulletin de paie est remis à chaque versement du salaire. Son contenu est fixé par le Code du travail ; le modèle **clarifié** regroupe les cotisations par risque couvert (santé, retraite, chômage).`,
    },
    {
      minutes: 50,
      content: `## Du brut au net

Le salaire brut additionne le salaire de base, les heures supplémentaires, les primes et les avantages en nature. On en déduit les cotisations salariales pour obtenir le **net à payer avant impôt**, puis le prélèvement à la source pour obtenir le **net versé**.`,
    },
    {
      minutes: 50,
      content: `## Les cotisations sociales

Chaque cotisation a une **assiette** (totalité du salaire ou tranche limitée au plafond de la sécurité sociale) et un **taux** salarial et patronal. La réduction générale des cotisations patronales s'applique sur les bas salaires.`,
    },
    {
      minutes: 50,
      content: `## Contrôler un bulletin

Vérifiez l'identité et la classification du salarié, la cohérence des heures payées avec le temps de travail, les assiettes plafonnées, puis rapprochez le net versé du virement effectué.`,
    },
    {
      minutes: 50,
      content: `## Cas pratique de synthèse

Établissez le bulletin d'un salarié non cadre à temps plein ayant effectué quatre heures supplémentaires et bénéficiant d'un avantage en nature nourriture, puis contrôlez-le à l'aide de la grille de l'unité précédente.`,
    },
  ],
  "nep-elearning": [
    {
      minutes: 70,
      content: `## Le cadre normatif

Les **normes d'exercice professionnel (NEP)** encadrent la mission de certification des comptes. Elles sont homologuées par arrêté et s'imposent aux commissaires aux comptes. La démarche d'audit est une **approche par les risques**.`,
    },
    {
      minutes: 90,
      content: `## Planification et évaluation des risques

La NEP 300 organise la planification ; la NEP 315 impose la connaissance de l'entité et l'évaluation du risque d'anomalies significatives ; la NEP 320 définit le **seuil de signification**.`,
    },
    {
      minutes: 80,
      content: `## Éléments probants et fin de mission

Les éléments probants doivent être **suffisants et appropriés** (NEP 500). Avant d'émettre son opinion, l'auditeur examine les événements postérieurs et obtient une lettre d'affirmation de la direction.`,
    },
  ],
};

type QuestionAndAnswer = readonly [question: string, answer: string];

/** Questions learners asked about one module; an empty answer stays unanswered. */
export const MODULE_QUESTIONS: Record<string, readonly QuestionAndAnswer[]> = {
  "avantages-nature": [
    [
      "Pour un véhicule électrique mis à disposition, l'abattement s'applique-t-il aussi à l'évaluation au réel ?",
      "Oui : l'abattement s'applique quelle que soit la méthode retenue, dans la limite du plafond annuel. Conservez le calcul dans le dossier du salarié.",
    ],
    [
      "Le forfait repas s'applique-t-il aux titres-restaurant ?",
      "Non, les titres-restaurant suivent leur propre régime d'exonération ; le forfait concerne les repas fournis en nature par l'employeur.",
    ],
    [
      "Peut-on changer de méthode d'évaluation en cours d'année ?",
      "En principe la méthode est retenue pour l'année civile ; un changement doit être justifié et appliqué de façon cohérente à tous les salariés concernés.",
    ],
  ],
  "tva-fondamentaux": [
    [
      "Pour une prestation de services payée d'avance, quand la TVA devient-elle exigible ?",
      "À l'encaissement de l'acompte, à hauteur de la somme encaissée, sauf option pour les débits.",
    ],
  ],
  "lcb-ft": [
    [
      "Faut-il refaire l'identification des clients anciens ?",
      "Oui, si les éléments ne sont plus à jour ou si le niveau de risque a évolué ; mettez à jour le dossier lors du prochain contact.",
    ],
  ],
};

export const GENERIC_QUESTIONS: readonly QuestionAndAnswer[] = [
  [
    "Une unité ne se charge pas entièrement sur ma tablette, est-ce normal ?",
    "Merci du signalement : le module est optimisé pour un ordinateur. Rechargez la page ; si le problème persiste, écrivez à l'assistance.",
  ],
  [
    "Existe-t-il une fiche de synthèse téléchargeable pour ce module ?",
    "Oui, elle figure en bas de page de la dernière unité.",
  ],
  ["Comment est calculé le temps passé affiché sur ma progression ?", ""],
  [
    "Les quiz de fin d'unité comptent-ils pour l'attestation ?",
    "L'attestation dépend de l'achèvement de toutes les unités ; les quiz servent à votre auto-évaluation.",
  ],
];
