/**
 * The privacy notice's table (GDPR art. 13): each processing with its purpose,
 * legal basis and retention. Kept beside the code that applies the retention
 * (./retention.ts, ./erase.ts) so that both change together; the record of
 * processing activities (docs/registre-des-traitements.md) says the same.
 */
export type Processing = { purpose: string; basis: string; retention: string };

export const PROCESSINGS: readonly Processing[] = [
  {
    purpose: "Gérer votre compte et vous authentifier (invitation, mot de passe, sessions)",
    basis: "Exécution du contrat de formation (art. 6.1.b RGPD)",
    retention:
      "Tant que votre compte sert. À votre demande d'effacement, ou après trois ans sans connexion ni session suivie (un e-mail vous prévient un mois avant), votre identité et vos identifiants sont anonymisés. Les liens d'invitation et de réinitialisation sont supprimés 30 jours après leur utilisation ou leur expiration.",
  },
  {
    purpose:
      "Organiser vos formations : inscriptions, convocations, émargement, classes virtuelles, e-learning, supports",
    basis:
      "Exécution du contrat et obligation légale (Code du travail, L6353-1 et D6353-4 : preuve de l'assiduité)",
    retention:
      "6 ans après la fin de la session, pour les contrôles des financeurs et les audits Qualiopi ; après un effacement, ces pièces ne sont plus rattachées à votre nom.",
  },
  {
    purpose: "Évaluer : tests de positionnement et de validation des acquis, satisfaction",
    basis: "Obligation légale et intérêt légitime de l'organisme (certification Qualiopi)",
    retention:
      "Scores : 6 ans après la fin de la session. Réponses écrites : jusqu'à votre demande d'effacement, au plus 6 ans.",
  },
  {
    purpose: "Délivrer les attestations de formation et permettre d'en vérifier l'authenticité",
    basis: "Obligation légale (L6353-1 du Code du travail) ; intérêt légitime pour la vérification",
    retention:
      "6 ans après la fin de la session. Après un effacement, la vérification publique confirme l'attestation sans afficher votre nom.",
  },
  {
    purpose: "Facturer et encaisser",
    basis: "Obligation légale (Code de commerce, L123-22 ; Code général des impôts)",
    retention:
      "10 ans après la clôture de l'exercice. Une facture émise ne peut pas être modifiée : elle garde le nom qu'elle porte.",
  },
  {
    purpose:
      "Vous envoyer les messages du service (invitation, convocation, attestation disponible)",
    basis: "Exécution du contrat",
    retention:
      "30 jours après l'envoi (90 jours pour un message en échec, le temps d'en trouver la cause).",
  },
  {
    purpose: "Sécurité du service : journal des actions, limitation des tentatives de connexion",
    basis: "Intérêt légitime (sécurité, art. 32 RGPD)",
    retention:
      "Journal : 1 an (les entrées qui prouvent une formation ou une facture suivent la durée de ces pièces, 6 ou 10 ans). Compteurs de tentatives, qui ne contiennent qu'une empreinte de l'adresse : 24 heures.",
  },
];
