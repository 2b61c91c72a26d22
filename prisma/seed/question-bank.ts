import { Modality, QuestionType } from "../../lib/db/generated/enums";
import type { Theme } from "./plan";

/**
 * Scored questions by theme, with their answer keys. A single-choice question
 * is worth 1 point, a multiple-choice one 2 (all or nothing: the selection must
 * equal the set of right options).
 */
export type QuestionSeed = {
  type: QuestionType;
  label: string;
  /** [label, isCorrect] */
  options?: readonly (readonly [string, boolean])[];
  required?: boolean;
};

const S = QuestionType.SINGLE_CHOICE;
const M = QuestionType.MULTIPLE_CHOICE;

export const QUESTION_BANK: Record<Theme, QuestionSeed[]> = {
  fiscal: [
    {
      type: S,
      label: "Quel est le taux normal de TVA en France métropolitaine ?",
      options: [
        ["5,5 %", false],
        ["10 %", false],
        ["20 %", true],
        ["21 %", false],
      ],
    },
    {
      type: M,
      label:
        "Parmi ces charges, lesquelles se réintègrent extra-comptablement pour déterminer le résultat fiscal ?",
      options: [
        ["L'impôt sur les sociétés", true],
        ["Les amendes et pénalités", true],
        ["Les salaires du personnel", false],
        ["Les loyers du siège social", false],
      ],
    },
    {
      type: S,
      label:
        "Une livraison intracommunautaire à un assujetti identifié dans un autre État membre est :",
      options: [
        ["Exonérée de TVA en France", true],
        ["Soumise à la TVA française au taux normal", false],
        ["Soumise à la TVA au taux réduit", false],
        ["Hors champ de la TVA, sans obligation déclarative", false],
      ],
    },
    {
      type: M,
      label: "Quelles mentions sont obligatoires sur une facture ?",
      options: [
        ["Le numéro de TVA intracommunautaire du vendeur", true],
        ["La date d'échéance du paiement", true],
        ["Le numéro de téléphone du client", false],
        ["Le taux de TVA applicable", true],
      ],
    },
    {
      type: S,
      label:
        "Le taux réduit d'impôt sur les sociétés de 15 % s'applique, pour les PME éligibles, au bénéfice dans la limite de :",
      options: [
        ["42 500 €", true],
        ["38 120 €", false],
        ["100 000 €", false],
        ["Sans limite", false],
      ],
    },
  ],
  social: [
    {
      type: S,
      label: "Quelle déclaration l'employeur transmet-il chaque mois aux organismes sociaux ?",
      options: [
        ["La DSN", true],
        ["La DADS", false],
        ["La DPAE", false],
        ["Le bordereau récapitulatif papier", false],
      ],
    },
    {
      type: S,
      label: "L'avantage en nature véhicule peut être évalué :",
      options: [
        ["Au forfait ou d'après les dépenses réelles", true],
        ["Uniquement au forfait", false],
        ["Uniquement d'après les dépenses réelles", false],
        ["Il n'est jamais soumis à cotisations", false],
      ],
    },
    {
      type: M,
      label: "Quels éléments figurent obligatoirement sur le bulletin de paie ?",
      options: [
        ["L'intitulé de la convention collective applicable", true],
        ["Le net à payer avant impôt sur le revenu", true],
        ["Le numéro de sécurité sociale du dirigeant", false],
        ["La période et le nombre d'heures de travail", true],
      ],
    },
    {
      type: S,
      label:
        "À défaut d'accord, les huit premières heures supplémentaires de la semaine sont majorées de :",
      options: [
        ["25 %", true],
        ["10 %", false],
        ["50 %", false],
        ["Elles ne sont pas majorées", false],
      ],
    },
    {
      type: M,
      label: "Lesquels de ces éléments peuvent constituer un avantage en nature ?",
      options: [
        ["Un logement de fonction", true],
        ["Un véhicule de société utilisé à titre privé", true],
        ["Le remboursement de frais professionnels justifiés", false],
        ["Des repas fournis gratuitement par l'employeur", true],
      ],
    },
  ],
  comptable: [
    {
      type: S,
      label: "Une charge constatée d'avance correspond à :",
      options: [
        ["Une charge comptabilisée sur l'exercice mais relative à l'exercice suivant", true],
        ["Une charge de l'exercice non encore facturée", false],
        ["Une provision pour risque", false],
        ["Un produit encaissé d'avance", false],
      ],
    },
    {
      type: S,
      label:
        "Dans quel compte enregistre-t-on la dotation aux amortissements des immobilisations corporelles ?",
      options: [
        ["6811", true],
        ["6865", false],
        ["7811", false],
        ["2813", false],
      ],
    },
    {
      type: M,
      label: "Quelles conditions permettent de constituer une provision pour risques ?",
      options: [
        ["Une obligation à l'égard d'un tiers", true],
        ["Une sortie de ressources probable sans contrepartie", true],
        ["Un montant estimable de manière fiable", true],
        ["L'accord préalable du commissaire aux comptes", false],
      ],
    },
    {
      type: S,
      label: "L'intégration globale s'applique aux entités :",
      options: [
        ["Sous contrôle exclusif", true],
        ["Sous contrôle conjoint", false],
        ["Sous influence notable", false],
        ["Non contrôlées", false],
      ],
    },
    {
      type: M,
      label: "Lesquelles de ces écritures sont des écritures d'inventaire ?",
      options: [
        ["Les dotations aux dépréciations", true],
        ["Les produits à recevoir", true],
        ["L'enregistrement d'une facture d'achat courante", false],
        ["Les charges à payer", true],
      ],
    },
  ],
  audit: [
    {
      type: S,
      label: "La NEP 315 traite de :",
      options: [
        ["La connaissance de l'entité et l'évaluation du risque d'anomalies significatives", true],
        ["Le rapport sur les comptes annuels", false],
        ["Les demandes de confirmation des tiers", false],
        ["L'utilisation des travaux d'un expert", false],
      ],
    },
    {
      type: M,
      label: "Quelles sont les composantes du risque d'audit ?",
      options: [
        ["Le risque inhérent", true],
        ["Le risque lié au contrôle", true],
        ["Le risque de non-détection", true],
        ["Le risque de change", false],
      ],
    },
    {
      type: S,
      label: "Le seuil de signification est fixé :",
      options: [
        ["Par le commissaire aux comptes, selon son jugement professionnel", true],
        ["Par la direction de l'entité", false],
        ["Par la loi, à 5 % du résultat", false],
        ["Par l'autorité de supervision", false],
      ],
    },
    {
      type: S,
      label: "Une confirmation directe est un élément probant :",
      options: [
        ["Obtenu par l'auditeur directement auprès d'un tiers", true],
        ["Fourni par la direction de l'entité", false],
        ["Issu d'un recalcul de l'auditeur", false],
        ["Toujours oral", false],
      ],
    },
    {
      type: M,
      label: "La lettre de mission du commissaire aux comptes précise notamment :",
      options: [
        ["Les honoraires", true],
        ["La nature et l'étendue des travaux", true],
        ["L'opinion qui sera émise", false],
        ["Le calendrier d'intervention", true],
      ],
    },
  ],
  juridique: [
    {
      type: S,
      label: "Les comptes annuels d'une SAS doivent être approuvés dans un délai de :",
      options: [
        ["6 mois après la clôture", true],
        ["3 mois", false],
        ["9 mois", false],
        ["12 mois", false],
      ],
    },
    {
      type: M,
      label: "Quelles formalités accompagnent ou suivent l'approbation des comptes ?",
      options: [
        ["Le dépôt des comptes au greffe", true],
        ["L'affectation du résultat", true],
        ["Une publication au BODACC par chaque associé", false],
        ["La consignation de la décision au registre", true],
      ],
    },
    {
      type: S,
      label: "Le capital social minimum d'une SARL est de :",
      options: [
        ["1 €", true],
        ["7 500 €", false],
        ["37 000 €", false],
        ["Il n'y a pas de capital dans une SARL", false],
      ],
    },
    {
      type: S,
      label: "Dans une SAS, les règles de fonctionnement sont principalement fixées par :",
      options: [
        ["Les statuts", true],
        ["Le seul Code de commerce", false],
        ["Le règlement intérieur", false],
        ["Le greffe", false],
      ],
    },
  ],
  numerique: [
    {
      type: S,
      label:
        "Quelle fonction Excel recherche une valeur dans une colonne et renvoie celle d'une autre colonne ?",
      options: [
        ["RECHERCHEX", true],
        ["SOMME.SI", false],
        ["CONCAT", false],
        ["ARRONDI", false],
      ],
    },
    {
      type: M,
      label: "La réforme de la facturation électronique prévoit :",
      options: [
        ["L'émission de factures électroniques entre assujettis établis en France", true],
        ["La transmission de données de transaction (e-reporting)", true],
        ["La suppression de la TVA sur les ventes entre entreprises", false],
        ["Le recours à une plateforme agréée", true],
      ],
    },
    {
      type: S,
      label: "Un tableau croisé dynamique sert principalement à :",
      options: [
        ["Synthétiser et analyser des données", true],
        ["Protéger un classeur par mot de passe", false],
        ["Enregistrer une macro", false],
        ["Imprimer une balance", false],
      ],
    },
    {
      type: S,
      label:
        "Une facture PDF simple envoyée par courriel est-elle une facture électronique au sens de la réforme ?",
      options: [
        ["Non, un format structuré ou mixte est exigé", true],
        ["Oui, dans tous les cas", false],
        ["Oui, si elle est signée", false],
        ["Oui, si elle est archivée dix ans", false],
      ],
    },
  ],
  cabinet: [
    {
      type: S,
      label: "La lettre de mission doit être établie :",
      options: [
        ["Avant le début de la mission", true],
        ["À la fin de la mission", false],
        ["Uniquement pour les missions d'audit", false],
        ["Seulement si le client la demande", false],
      ],
    },
    {
      type: M,
      label: "Les obligations de vigilance LCB-FT comprennent :",
      options: [
        ["L'identification du client et du bénéficiaire effectif", true],
        ["Une vigilance constante pendant la relation d'affaires", true],
        ["La conservation des documents pendant cinq ans", true],
        ["L'information du client en cas de déclaration de soupçon", false],
      ],
    },
    {
      type: S,
      label: "La déclaration de soupçon est adressée :",
      options: [
        ["À Tracfin", true],
        ["Au procureur de la République", false],
        ["À l'URSSAF", false],
        ["Au conseil régional de l'Ordre", false],
      ],
    },
    {
      type: S,
      label:
        "Combien d'heures de formation continue un expert-comptable doit-il suivre sur trois années consécutives ?",
      options: [
        ["120 heures", true],
        ["40 heures", false],
        ["60 heures", false],
        ["200 heures", false],
      ],
    },
    {
      type: M,
      label: "Une mission de présentation des comptes comprend :",
      options: [
        ["Une prise de connaissance de l'entité", true],
        ["Des contrôles de cohérence et de vraisemblance", true],
        ["Une opinion d'audit sur la sincérité des comptes", false],
        ["L'émission d'une attestation", true],
      ],
    },
  ],
  safir: [
    {
      type: S,
      label: "Dans SAFIR, où crée-t-on un nouveau produit de formation ?",
      options: [
        ["Dans le catalogue des produits", true],
        ["Dans le planning des sessions", false],
        ["Dans la fiche du participant", false],
        ["Dans le module de facturation", false],
      ],
    },
    {
      type: S,
      label: "Quel statut prend une inscription tant que l'organisme ne l'a pas confirmée ?",
      options: [
        ["En attente", true],
        ["Confirmée", false],
        ["Annulée", false],
        ["Refusée", false],
      ],
    },
    {
      type: M,
      label: "Une session de formation comporte :",
      options: [
        ["Une ou plusieurs séances", true],
        ["Un lieu ou un lien de connexion", true],
        ["Un numéro de facture", false],
        ["Une référence", true],
      ],
    },
  ],
};

export function satisfactionQuestions(modality: Modality): QuestionSeed[] {
  const scale15 = QuestionType.SCALE_1_5;
  const questions: QuestionSeed[] = [
    { type: scale15, label: "Globalement, êtes-vous satisfait(e) de cette formation ?" },
    { type: scale15, label: "Les objectifs annoncés ont-ils été atteints ?" },
    {
      type: scale15,
      label:
        modality === Modality.ELEARNING
          ? "Le module est-il clair et agréable à utiliser ?"
          : "Comment évaluez-vous la qualité de l'animation ?",
    },
  ];
  if (modality === Modality.VIRTUAL_CLASS) {
    questions.push({
      type: scale15,
      label: "La qualité de la connexion (son, image, partage d'écran) était-elle satisfaisante ?",
    });
  }
  questions.push(
    {
      type: QuestionType.SCALE_0_10,
      label: "De 0 à 10, recommanderiez-vous cette formation à un confrère ?",
    },
    { type: QuestionType.LONG_TEXT, label: "Qu'avez-vous le plus apprécié ?", required: false },
    {
      type: QuestionType.LONG_TEXT,
      label: "Quelles améliorations suggérez-vous ?",
      required: false,
    },
  );
  return questions;
}

export const LIKED_ANSWERS = [
  "Les cas pratiques, très concrets et directement transposables à mes dossiers.",
  "La clarté des explications et la disponibilité du formateur pour répondre aux questions.",
  "Les échanges avec les autres participants sur leurs pratiques de cabinet.",
  "Le support, très complet, que je garderai comme référence.",
  "Le rythme de la formation et l'alternance entre théorie et exercices.",
  "Les exemples tirés de situations réelles rencontrées en cabinet.",
];

export const IMPROVEMENT_ANSWERS = [
  "Prévoir davantage de temps pour les exercices.",
  "Envoyer le support quelques jours avant la session.",
  "Une demi-journée supplémentaire serait utile pour approfondir.",
  "Quelques difficultés de son au début de la session.",
  "Ajouter une fiche de synthèse à la fin du support.",
  "Rien à signaler, formation très satisfaisante.",
];
