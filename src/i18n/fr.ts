// Textes français : mêmes clés que en.ts (le typage refuse une clé manquante ou en trop).
import type { Catalog } from './plural';

export const fr: Catalog = {
  'app.name': 'Invitations Classroom',
  'format.locale': 'fr-FR',
  'app.tagline': 'Invitez des personnes dans vos cours Google Classroom',

  'role.STUDENT': 'Élève',
  'role.TEACHER': 'Enseignant',
  'role.OWNER': 'Propriétaire',
  'role.label': 'Rôle',
  'role.hint.OWNER': 'Une invitation de propriétaire ne fonctionne que pour un co-enseignant du cours.',

  'state.ACTIVE': 'Actif',
  'state.PROVISIONED': "Pas encore accepté par l'enseignant",
  'state.ARCHIVED': 'Archivé',
  'state.DECLINED': 'Refusé',
  'state.SUSPENDED': 'Suspendu',
  'state.COURSE_STATE_UNSPECIFIED': 'État inconnu',

  'home.signedInAs': 'Connecté en tant que',
  'home.forYou': 'Invitations pour vous',
  'notice.header': 'Pendant votre absence',
  'notice.finished':
    'Votre changement de {email} de {from} à {to} a été interrompu, puis terminé : {email} est invité comme {to}.',
  'notice.rolledBack':
    "Votre changement de {email} de {from} à {to} n'a pas pu être terminé : {email} est toujours invité comme {from}.",
  'notice.unchanged':
    'Votre changement de {email} de {from} à {to} a été interrompu ; {email} est maintenant invité comme {role}.',
  'notice.roleFailed':
    "Votre changement de {email} de {from} à {to} n'a pas pu être terminé, et l'invitation comme {from} n'a pas pu être rétablie : {reason} Invitez à nouveau {email}.",
  'home.forYou.item': '{course}',
  'home.forYou.role': 'Invité comme {role}',
  'home.forYou.teacher': 'Enseignant : {name}',
  'home.teaching': 'Vos cours',
  'home.teaching.none':
    "Vous n'enseignez dans aucun cours actif. Les cours où vous enseignez dans Google Classroom apparaissent ici.",
  'home.teaching.pending': { one: '{count} invitation en attente', other: '{count} invitations en attente' },
  'home.teaching.pending.none': 'Aucune invitation en attente',
  'home.teaching.invite': 'Inviter',
  'home.teaching.old': [
    { one: '{count} depuis plus de ', other: '{count} depuis plus de ' },
    { by: 'days', one: '{days} jour', other: '{days} jours' },
  ],
  'home.lookup': 'Rechercher une invitation',
  'home.refresh': 'Actualiser',

  'course.open': 'Ouvrir dans Classroom',
  'course.invite': 'Inviter des personnes',
  'course.invite.field': 'Adresses e-mail',
  'course.invite.hint': 'Une ou plusieurs adresses, séparées par des virgules ou des retours à la ligne',
  'course.invite.button': 'Inviter',
  'course.pending': { one: 'Invitation en attente ({count})', other: 'Invitations en attente ({count})' },
  'course.pending.none': 'Aucune invitation en attente pour ce cours.',
  'course.pending.range': { by: 'total', one: '{from}–{to} sur {total}', other: '{from}–{to} sur {total}' },
  'course.pending.prev': 'Précédent',
  'course.pending.next': 'Suivant',
  'course.manage': 'Gérer',
  'course.notTeacher': 'Seuls les enseignants de ce cours peuvent inviter des personnes.',
  'course.bulk': 'Inviter une longue liste',
  'followup.intl': 'fr',
  'followup.sent.me': 'envoyée {when} par vous',
  'followup.sent.by': 'envoyée {when} par {by}',
  'followup.seen': 'vue depuis le {date}',
  'followup.reminded': { one: 'relancée {count} fois', other: 'relancée {count} fois' },
  'course.resendOld': [
    { one: 'Renvoyer la seule de plus de ', other: 'Renvoyer les {count} de plus de ' },
    { by: 'days', one: '{days} jour', other: '{days} jours' },
  ],
  'course.resendOld.none': {
    by: 'days',
    one: "Aucune invitation ici n'a plus de {days} jour.",
    other: "Aucune invitation ici n'a plus de {days} jours.",
  },
  'classCode.title': 'Code du cours et lien pour rejoindre',
  'classCode.code': 'Code du cours',
  'classCode.link': 'Lien pour rejoindre',
  'classCode.hint':
    "Si l'e-mail d'invitation n'arrive jamais, partagez le code ou le lien : on rejoint le cours directement avec.",

  'transfer.section': 'Propriété',
  'transfer.offer': 'Transférer la propriété',
  'transfer.fromRefusal': 'Lancer un transfert',
  'transfer.home': 'Transferts de propriété',
  'transfer.home.course': '{course}',
  'transfer.title': 'Transférer la propriété',
  'transfer.start.intro':
    "Classroom ne permet qu'à un co-enseignant de devenir propriétaire. Choisissez un co-enseignant, ou saisissez l'adresse d'une personne à inviter d'abord comme co-enseignant : dès qu'elle accepte, le module l'invite lui-même comme propriétaire (il vérifie toutes les heures).",
  'transfer.start.coTeachers': 'Co-enseignants de ce cours',
  'transfer.start.email': 'Ou une adresse e-mail',
  'transfer.start.email.hint': "Une personne qui n'enseigne pas encore dans ce cours",
  'transfer.start.button': 'Lancer le transfert',
  'transfer.start.none': 'Choisissez un co-enseignant ou saisissez une adresse e-mail.',
  'transfer.start.invalid': 'Cela ne ressemble pas à une adresse e-mail.',
  'transfer.active': "Un transfert de ce cours est déjà en cours. Annulez-le avant d'en lancer un autre.",
  'transfer.busy':
    'Ce transfert est en cours de mise à jour dans une autre fenêtre ou en arrière-plan. Réessayez dans un instant.',
  'transfer.gone': "Ce transfert n'existe plus : il a été fermé.",
  'transfer.notOwner':
    "Seul le propriétaire de ce cours peut en transférer la propriété (ou un administrateur Google Workspace, dans la console d'administration).",
  'transfer.self': 'Cette personne est déjà propriétaire de ce cours.',
  'transfer.cancelled': "Transfert annulé. Les invitations en attente qu'il avait envoyées ont été retirées.",
  'transfer.steps': 'Étapes',
  'transfer.step.inviteTeacher': 'Inviter {name} comme co-enseignant',
  'transfer.step.awaitTeacher': "{name} accepte l'invitation de co-enseignant",
  'transfer.step.inviteOwner': 'Inviter {name} comme propriétaire',
  'transfer.step.awaitOwner': "{name} accepte l'invitation de propriétaire et devient propriétaire",
  'transfer.next.inviteTeacher':
    "L'invitation de co-enseignant est en cours d'envoi. En cas d'interruption, le module la termine dans l'heure.",
  'transfer.next.awaitTeacher':
    "{name} accepte dans Classroom ou dans ce module. Le module vérifie toutes les heures, puis envoie lui-même l'invitation de propriétaire.",
  'transfer.next.inviteOwner':
    "L'invitation de propriétaire est en cours d'envoi. En cas d'interruption, le module la termine dans l'heure.",
  'transfer.next.awaitOwner':
    'Dès que {name} accepte, cette personne devient propriétaire de ce cours. Le module vérifie toutes les heures.',
  'transfer.next.done': 'Plus rien à faire.',
  'transfer.next.cancelled':
    'Les invitations de ce transfert encore en attente ont été retirées ; les personnes qui ont déjà rejoint le cours y restent.',
  'transfer.next.failed': 'Plus rien ne sera envoyé. Fermez, corrigez la cause, puis relancez le transfert.',
  'transfer.refresh': 'Vérifier maintenant',
  'transfer.cancel': 'Annuler le transfert',
  'transfer.close': 'Fermer',
  'transfer.refused.student':
    "{name} fait partie des élèves de ce cours. Retirez d'abord cette personne des élèves dans Classroom, puis relancez le transfert.",
  'transfer.status.inviteTeacher': "Envoi de l'invitation de co-enseignant à {name}…",
  'transfer.status.awaitTeacher': {
    by: 'days',
    one: "En attente de l'acceptation de l'invitation de co-enseignant par {name} · {days} jour",
    other: "En attente de l'acceptation de l'invitation de co-enseignant par {name} · {days} jours",
  },
  'transfer.status.awaitTeacher.one':
    "En attente de l'acceptation de l'invitation de co-enseignant par {name} · 1 jour",
  'transfer.status.awaitTeacher.today':
    "En attente de l'acceptation de l'invitation de co-enseignant par {name} · moins d'un jour",
  'transfer.status.inviteOwner': "Envoi de l'invitation de propriétaire à {name}…",
  'transfer.status.awaitOwner': {
    by: 'days',
    one: "En attente de l'acceptation de l'invitation de propriétaire par {name} · {days} jour",
    other: "En attente de l'acceptation de l'invitation de propriétaire par {name} · {days} jours",
  },
  'transfer.status.awaitOwner.one': "En attente de l'acceptation de l'invitation de propriétaire par {name} · 1 jour",
  'transfer.status.awaitOwner.today':
    "En attente de l'acceptation de l'invitation de propriétaire par {name} · moins d'un jour",
  'transfer.status.done': '{name} est maintenant propriétaire de ce cours.',
  'transfer.status.cancelled': 'Transfert à {name} annulé.',
  'transfer.status.failed': "Le transfert à {name} s'est arrêté.",
  'transfer.failed.teacherInvitationGone':
    "L'invitation de co-enseignant de {name} n'est plus en attente (refusée ou supprimée). Relancez le transfert pour en envoyer une nouvelle.",
  'transfer.failed.ownerInvitationGone':
    "L'invitation de propriétaire de {name} n'est plus en attente (refusée ou supprimée). Relancez le transfert pour en envoyer une nouvelle.",
  'transfer.failed.otherTransferPending':
    'Un autre transfert de propriété est en attente pour ce cours. Annulez-le dans Classroom, puis relancez le transfert.',
  'transfer.failed.studentInvitation':
    "{name} a une invitation d'élève en attente pour ce cours. Supprimez-la, puis relancez le transfert.",
  'transfer.failed.notTeacher':
    "{name} n'est plus co-enseignant de ce cours et ne peut donc pas en devenir propriétaire. Relancez le transfert pour l'inviter comme co-enseignant.",
  'transfer.failed.notEligible':
    "Classroom a refusé l'invitation de {name} : son compte est peut-être désactivé, ou cette personne a déjà ce rôle.",

  'invite.results': 'Résultat des invitations',
  'invite.results.summary': [
    { by: 'invited', one: '{invited} invité', other: '{invited} invités' },
    ', ',
    { by: 'alreadyInvited', one: '{alreadyInvited} déjà invité', other: '{alreadyInvited} déjà invités' },
    ', ',
    { by: 'alreadyMember', one: '{alreadyMember} déjà dans le cours', other: '{alreadyMember} déjà dans le cours' },
    ', ',
    { by: 'failed', one: '{failed} non invité', other: '{failed} non invités' },
  ],
  'invite.results.group': { one: '{title} : {count}', other: '{title} : {count}' },
  'invite.results.eachAddress': 'chaque adresse ci-dessous',
  'invite.results.copy': 'Copier la liste',
  'invite.result.invited': 'Invité comme {role}',
  'invite.result.alreadyInvited': 'Déjà invité',
  'invite.result.alreadyInvitedAs': 'Déjà invité comme {role}',
  'invite.result.alreadyMember': 'Déjà dans le cours',
  'invite.result.invalid': "Ce n'est pas une adresse e-mail",
  'invalid.space': 'Contient une espace : une adresse ne peut pas en contenir',
  'invalid.tooLong': 'Trop longue : une adresse compte au plus 254 caractères',
  'invalid.noAt': 'Pas de signe @',
  'invalid.manyAt': 'Plus d’un signe @',
  'invalid.badLocal': 'La partie avant le @ contient des caractères interdits dans une adresse',
  'invalid.badDomain': 'La partie après le @ n’est pas un domaine valide',
  'invalid.comma': 'Contient une virgule',
  'invalid.suggestion': 'vouliez-vous dire {suggestion} ?',
  'invalid.cleaned': {
    one: '{count} entrée contenait des caractères invisibles (espaces sans chasse, par exemple), retirés.',
    other: '{count} entrées contenaient des caractères invisibles (espaces sans chasse, par exemple), retirés.',
  },
  'invite.result.notSent': 'Non invité',
  'invite.backToCourse': 'Retour au cours',
  'invite.none': 'Saisissez au moins une adresse e-mail.',
  'invite.ownerSteps':
    'Pour que {email} devienne propriétaire : 1. invitez cette personne comme Enseignant ; 2. une fois acceptée, invitez-la comme Propriétaire.',

  'owner.twoSteps.title': 'Devenir propriétaire : deux étapes',
  'owner.twoSteps.why':
    "Seul un co-enseignant peut devenir propriétaire, et {email} est invité comme {role}. Rien n'a été modifié.",
  'owner.twoSteps.step1': "1. Invitez {email} comme Enseignant (co-enseignant) et attendez qu'il accepte.",
  'owner.twoSteps.step2': '2. Ensuite, en tant que propriétaire de {course}, invitez-le comme Propriétaire.',
  'owner.twoSteps.invite': 'Inviter comme co-enseignant',

  'invitation.title': 'Invitation',
  'invitation.course': 'Cours',
  'invitation.invitee': 'Personne invitée',
  'invitation.role': 'Rôle',
  'invitation.id': "ID de l'invitation",
  'invitation.idLine': "ID de l'invitation : {id}",
  'invitation.accept': 'Accepter',
  'invitation.decline': 'Refuser',
  'invitation.revoke': 'Révoquer',
  'invitation.changeRole': 'Changer le rôle',
  'invitation.newRole': 'Nouveau rôle',
  'invitation.onlyInvitee': 'Seul {email} peut accepter cette invitation, depuis son propre compte.',
  'invitation.unknownCourse': 'Cours {id}',
  'invitation.unknownPerson': 'Personne inconnue ({id})',
  'invitation.sent': 'Envoyée',
  'invitation.seen': 'Invitation',
  'invitation.resend': 'Renvoyer : Classroom envoie un nouvel e-mail',
  'resend.title': 'Renvoyer cette invitation ?',
  'resend.body':
    "Classroom ne sait pas renvoyer : l'invitation de {email} est supprimée puis recréée comme {role}, et Classroom envoie un nouvel e-mail. Si quelque chose échoue entre les deux, le module la remet.",
  'resend.confirm': 'Renvoyer',
  'resendOld.title': 'Renvoyer les anciennes invitations ?',
  'resendOld.body': [
    {
      one: "L'invitation en attente ({count}) depuis plus de ",
      other: 'Les {count} invitations en attente depuis plus de ',
    },
    { by: 'days', one: '{days} jour', other: '{days} jours' },
    {
      one: ' est supprimée puis recréée : Classroom envoie un nouvel e-mail à la personne.',
      other: ' sont supprimées puis recréées : Classroom envoie un nouvel e-mail à chaque personne.',
    },
  ],

  'revoke.title': 'Révoquer cette invitation ?',
  'revoke.body': '{name} ({email}) ne pourra plus rejoindre {course} comme {role}.',
  'revoke.confirm': "Révoquer l'invitation",
  'decline.title': 'Refuser cette invitation ?',
  'decline.body': 'Vous ne rejoindrez pas {course}. Un enseignant devra vous inviter à nouveau.',
  'decline.confirm': "Refuser l'invitation",
  'common.cancel': 'Annuler',
  'common.back': 'Retour',
  'common.close': 'Fermer',

  'done.revoked': 'Invitation révoquée.',
  'done.declined': 'Invitation refusée.',
  'done.roleChanged': '{email} est maintenant invité comme {role}.',
  'done.roleUnchanged': "L'invitation est déjà pour le rôle {role}.",
  'done.roleTitle': 'Rôle de {email}',
  'done.roleRestored':
    "Le rôle de {email} n'a pas pu passer de {from} à {to} : {reason} L'invitation comme {from} a été recréée : {email} peut toujours rejoindre le cours.",
  'done.rolePending':
    "Classroom ne répond pas. Votre changement de {email} de {from} à {to} est enregistré : il sera terminé (ou l'invitation comme {from} rétablie) la prochaine fois que vous ouvrirez ce module, et vous saurez lequel.",
  'done.roleLost':
    "Le rôle n'a pas pu être changé : {reason} L'invitation d'origine n'a pas pu être rétablie non plus : invitez à nouveau {email} comme {role}.",
  'done.resent': 'Invitation renvoyée : Classroom écrit à {email}.',
  'done.resentMany': [
    { by: 'resent', one: '{resent} invitation renvoyée ; ', other: '{resent} invitations renvoyées ; ' },
    { by: 'failed', one: "{failed} n'a pas pu l'être.", other: "{failed} n'ont pas pu l'être." },
  ],
  'done.resendNothing': "Rien n'a été renvoyé : l'invitation n'existe plus.",

  'accepted.title': 'Bienvenue dans {course}',
  'accepted.body': 'Vous avez rejoint {course} comme {role}.',
  'accepted.open': 'Ouvrir le cours dans Classroom',

  'lookup.title': 'Rechercher une invitation',
  'lookup.field': "ID de l'invitation",
  'lookup.hint': "L'ID d'une invitation, tel qu'affiché par ce module ou l'API Classroom",
  'lookup.button': 'Rechercher',
  'lookup.empty': "Saisissez l'ID d'une invitation.",
  'lookup.tooLong': {
    by: 'max',
    one: "Un ID d'invitation a au plus {max} caractères : vérifiez que vous n'avez collé que l'ID.",
    other: "Un ID d'invitation a au plus {max} caractères : vérifiez que vous n'avez collé que l'ID.",
  },
  'lookup.invalid': "Ceci ne ressemble pas à un ID d'invitation : lettres, chiffres, - et _ uniquement.",

  'lookup.course.title': 'Ouvrir un cours par son ID',
  'lookup.course.field': 'ID du cours',
  'lookup.course.hint': 'Pour les administrateurs et co-enseignants : le numéro du cours, ou un alias comme d:math_101',
  'lookup.course.button': 'Ouvrir le cours',
  'lookup.course.empty': "Saisissez l'ID d'un cours.",
  'lookup.course.tooLong': {
    by: 'max',
    one: 'Un identifiant de cours compte au plus {max} caractère.',
    other: 'Un identifiant de cours compte au plus {max} caractères.',
  },
  'lookup.course.invalid': 'Ceci ne ressemble pas à un ID de cours : des chiffres, ou un alias comme d:math_101.',
  'find.title': 'Trouver une invitation',
  'find.field': 'E-mail ou nom',
  'find.hint': "Une adresse entière, une partie d'adresse ou un nom",
  'find.button': 'Trouver',
  'find.empty': 'Saisissez une adresse e-mail ou un nom, ou une partie.',
  'find.results': 'Invitations correspondant à « {query} »',
  'find.none': 'Aucune invitation ne correspond à « {query} ».',
  'find.live': 'En attente dans Classroom maintenant',
  'find.recorded': "Dans l'historique du module",
  'status.intended': "En cours d'envoi",
  'status.pending': 'En attente',
  'status.joined': {
    by: 'days',
    one: 'A rejoint le {date}, après {days} jour',
    other: 'A rejoint le {date}, après {days} jours',
  },
  'status.declined': 'Refusée ou supprimée le {date}',
  'status.withdrawn': 'Retirée par le suivi le {date}',
  'status.revoked': 'Révoquée le {date}',
  'settings.title': 'Paramètres et à propos',
  'settings.about':
    'Gérez les invitations Google Classroom depuis le panneau latéral : inviter, rechercher, changer de rôle, révoquer et accepter.',
  'settings.account': 'Compte',
  'settings.language': 'Langue',
  'settings.language.value': 'Français (selon votre compte Google)',
  'settings.triggers': 'Tâches en arrière-plan',
  'settings.triggers.none': "Aucune tâche en arrière-plan n'est installée.",
  'settings.triggers.item': 'Exécute {handler} toutes les heures',
  'settings.triggers.jobs':
    "Toutes les heures tant que nécessaire : termine vos tâches d'invitation, fait avancer vos transferts de propriété et fait le suivi que vous avez activé",
  'settings.triggers.remove': 'Supprimer',
  'settings.triggers.removed': 'Tâche en arrière-plan supprimée.',
  'settings.triggers.notFound': "Rien à supprimer : vous n'avez aucune tâche en arrière-plan avec cet ID.",
  'settings.privacy':
    "Vos données restent chez Google : le module garde vos tâches en cours, vos transferts de propriété et un historique des invitations qu'il a envoyées ou vues (quand, par qui, ce qu'elles sont devenues), dans votre propre espace utilisateur.",
  'sweep.title': 'Suivi des invitations en attente',
  'sweep.about':
    "Tout est désactivé tant que vous ne l'activez pas. Le suivi tourne environ une fois par heure, uniquement sur les invitations envoyées avec ce module.",
  'sweep.remind': 'Relancer après (jours)',
  'sweep.remind.hint': "Vide : pas de relance. Une relance renvoie l'invitation : Classroom envoie un nouvel e-mail.",
  'sweep.max': 'Relances par invitation, au plus',
  'sweep.withdraw': 'Retirer après (jours)',
  'sweep.withdraw.hint': "Vide : jamais. Retirer supprime l'invitation.",
  'sweep.digest': 'Récapitulatif par e-mail pour vous',
  'sweep.digest.off': 'Désactivé',
  'sweep.digest.daily': 'Quotidien',
  'sweep.digest.weekly': 'Hebdomadaire',
  'sweep.save': 'Enregistrer le suivi',
  'sweep.saved': 'Réglages du suivi enregistrés.',
  'sweep.last': [
    'Dernier passage le {date} : ',
    { by: 'resent', one: '{resent} renvoyée, ', other: '{resent} renvoyées, ' },
    { by: 'withdrawn', one: '{withdrawn} retirée.', other: '{withdrawn} retirées.' },
  ],
  'sweep.err.REMIND_DAYS_OUT_OF_RANGE': {
    by: 'max',
    one: 'Relancer après : saisissez un nombre entier de jours entre {min} et {max}, ou laissez vide.',
    other: 'Relancer après : saisissez un nombre entier de jours entre {min} et {max}, ou laissez vide.',
  },
  'sweep.err.MAX_REMINDERS_OUT_OF_RANGE': {
    by: 'max',
    one: 'Relances par invitation : saisissez un nombre entier entre {min} et {max}.',
    other: 'Relances par invitation : saisissez un nombre entier entre {min} et {max}.',
  },
  'sweep.err.WITHDRAW_DAYS_OUT_OF_RANGE': {
    by: 'max',
    one: 'Retirer après : saisissez un nombre entier de jours entre {min} et {max}, ou laissez vide.',
    other: 'Retirer après : saisissez un nombre entier de jours entre {min} et {max}, ou laissez vide.',
  },
  'sweep.err.REMIND_NOT_BEFORE_WITHDRAW':
    'Les relances doivent précéder le retrait : « Relancer après » doit être plus petit que « Retirer après ».',
  'sweep.err.BAD_DIGEST': 'Choisissez Désactivé, Quotidien ou Hebdomadaire pour le récapitulatif.',
  'digest.subject': {
    by: 'pending',
    one: 'Invitations Classroom : {pending} en attente',
    other: 'Invitations Classroom : {pending} en attente',
  },
  'digest.intro': 'Vos invitations Classroom au {date}.',
  'digest.pending': 'Toujours en attente',
  'digest.course': { one: '{course} : {count} en attente', other: '{course} : {count} en attente' },
  'digest.none': "Rien n'est en attente.",
  'digest.joined': 'Ont rejoint depuis le dernier récapitulatif',
  'digest.joined.item': {
    by: 'days',
    one: '{who} ({course}), après {days} jour',
    other: '{who} ({course}), après {days} jours',
  },
  'digest.reminded': 'Renvoyées par le suivi',
  'digest.withdrawn': 'Retirées par le suivi',
  'digest.footer':
    'Vous recevez cet e-mail parce que vous avez activé le récapitulatif dans Classroom Invitations (Paramètres). Désactivez-le au même endroit.',

  'bulk.title': 'Inviter une longue liste',
  'bulk.field': 'Adresses',
  'bulk.hint': 'Collez une liste : virgules, points-virgules, retours à la ligne ou Nom <e-mail>',
  'bulk.preview': 'Aperçu',
  'bulk.tooMany': [
    { one: 'Cela fait {count} adresse', other: 'Cela fait {count} adresses' },
    {
      by: 'max',
      one: ' ; une tâche en traite au plus {max}. Scindez la liste.',
      other: ' ; une tâche en traite au plus {max}. Scindez la liste.',
    },
  ],
  'bulk.tooManyJobs': {
    one: "Vous avez déjà {count} tâche en cours. Attendez qu'elle se termine ou annulez-la.",
    other: "Vous avez déjà {count} tâches en cours. Attendez qu'une se termine ou annulez-la.",
  },
  'preview.title': 'Vérifiez avant d’inviter',
  'preview.toInvite': { one: 'À inviter comme {role} : {count}', other: 'À inviter comme {role} : {count}' },
  'preview.alreadyInvited': { one: 'Déjà invitée : {count}', other: 'Déjà invitées : {count}' },
  'preview.alreadyMember': { one: 'Déjà dans le cours : {count}', other: 'Déjà dans le cours : {count}' },
  'preview.external': {
    one: "Hors de l'établissement, invitée aussi comme {role} : {count}",
    other: "Hors de l'établissement, invitées aussi comme {role} : {count}",
  },
  'preview.external.hint':
    "Ces adresses sont valides et seront envoyées. Classroom les refuse si votre administrateur n'autorise pas leur domaine ; les refus sont listés à la fin de la tâche.",
  'preview.duplicates': { one: '{count} doublon retiré', other: '{count} doublons retirés' },
  'preview.confirm': {
    zero: 'Personne à inviter',
    one: 'Inviter {count} personne',
    other: 'Inviter {count} personnes',
  },
  'preview.confirm.detail': {
    one: '{count} invitation sera envoyée en tout, comme {role}.',
    other: '{count} invitations seront envoyées en tout, comme {role}.',
  },
  'list.hint': 'Sélectionnez le texte ci-dessous pour le copier.',
  'preview.nothing': 'Personne de nouveau à inviter.',
  'job.title': 'Invitations pour {course}',
  'job.title.done': 'Terminé : {course}',
  'job.title.resend': 'Renvoi des invitations pour {course}',
  'job.counts.resend': [
    { by: 'invited', one: '{invited} renvoyée', other: '{invited} renvoyées' },
    ' · ',
    { by: 'failed', one: '{failed} non renvoyée', other: '{failed} non renvoyées' },
  ],
  'resend.gone':
    "{email} n'avait plus d'invitation en attente : la personne a rejoint le cours ou refusé, ou l'invitation a été retirée entre-temps.",
  'resend.refused': "Classroom a refusé d'envoyer à nouveau l'invitation de {email}.",
  'job.progress': [
    { by: 'done', one: '{done} traitée', other: '{done} traitées' },
    { by: 'total', one: ' sur {total}', other: ' sur {total}' },
  ],
  'job.counts': [
    { by: 'invited', one: '{invited} invité', other: '{invited} invités' },
    ' · ',
    { by: 'alreadyInvited', one: '{alreadyInvited} déjà invité', other: '{alreadyInvited} déjà invités' },
    ' · ',
    { by: 'alreadyMember', one: '{alreadyMember} déjà dans le cours', other: '{alreadyMember} déjà dans le cours' },
    ' · ',
    { by: 'failed', one: '{failed} non invité', other: '{failed} non invités' },
  ],
  'job.estimate': {
    by: 'minutes',
    one: "Environ {minutes} min si vous gardez ceci ouvert et appuyez sur Continuer ; sinon, la suite se termine en arrière-plan dans l'heure.",
    other:
      "Environ {minutes} min si vous gardez ceci ouvert et appuyez sur Continuer ; sinon, la suite se termine en arrière-plan dans l'heure.",
  },
  'job.background': "La suite se termine en arrière-plan dans l'heure ; vous pouvez fermer le module.",
  'job.finished': 'Terminé.',
  'job.paused':
    'En pause : {reason} La tâche reprend à la prochaine exécution horaire, ou tout de suite avec Continuer.',
  'job.stopped': "Arrêtée plus tôt : {reason} Le reste n'a pas été envoyé.",
  'job.failureGroup': { one: '{reason} ({count} adresse)', other: '{reason} ({count} adresses)' },
  'job.thesePeople': 'chacune de ces adresses',
  'job.storeFull':
    "Le module n'a plus de place pour enregistrer cette tâche. Fermez ces tâches terminées depuis l'accueil, puis réessayez : {jobs}.",
  'job.storeFull.none':
    "Le module n'a plus de place pour enregistrer cette tâche. Fermez ou annulez une tâche depuis l'accueil, puis réessayez.",
  'job.continue': 'Continuer maintenant',
  'job.refresh': 'Actualiser',
  'job.cancel': 'Annuler la suite',
  'job.close': 'Fermer',
  'job.cancelled': 'Tâche annulée. Les invitations déjà envoyées restent.',
  'job.busy': 'Cette tâche tourne dans une autre fenêtre ou en arrière-plan. Actualisez dans un instant.',
  'job.gone': "Cette tâche n'existe plus : elle a été terminée et fermée, ou annulée.",
  'home.jobs': "Tâches d'invitation",
  'home.jobs.item': [
    { by: 'done', other: '{course} : {done}' },
    { by: 'total', one: ' sur {total}', other: ' sur {total}' },
  ],
  'gmail.title': 'Personnes de cet e-mail',
  'gmail.course': 'Cours',
  'gmail.people': 'Personnes',
  'gmail.status.member': 'dans le cours',
  'gmail.status.invited': 'invité comme {role}',
  'gmail.status.none': 'non invité',
  'gmail.invite': 'Inviter la sélection',
  'gmail.group.none': { one: 'Non invitée ({count})', other: 'Non invitées ({count})' },
  'gmail.group.invited': { one: 'Invitée ({count})', other: 'Invitées ({count})' },
  'gmail.group.member': { one: 'Dans le cours ({count})', other: 'Dans le cours ({count})' },
  'gmail.outside': 'hors de votre établissement, Classroom peut refuser',
  'gmail.tooMany': {
    one: "{count} autre personne n'est pas listée : invitez-la depuis le cours avec une liste collée.",
    other: '{count} autres personnes ne sont pas listées : invitez-les depuis le cours avec une liste collée.',
  },
  'gmail.nobody': "Personne d'autre ne figure sur cet e-mail.",
  'gmail.noCourse': "Vous n'enseignez encore dans aucun cours : personne à inviter.",
  'gmail.noneSelected': 'Sélectionnez au moins une personne.',
  'gmail.subject': 'Objet : {subject}',

  'err.title': 'Un point demande votre attention',
  'err.apiDisabled':
    "Votre établissement a désactivé l'accès des applications à Classroom. Demandez à votre administrateur Google Workspace d'autoriser l'API Classroom (console d'administration > Applications > Google Workspace > Classroom > Accès aux données).",
  'err.classroomDisabled':
    "Google Classroom est désactivé pour votre compte. Demandez à votre administrateur Google Workspace de l'activer.",
  'err.projectDenied':
    "Ce module n'est pas autorisé à utiliser Classroom dans votre établissement. Demandez à votre administrateur de l'autoriser.",
  'err.untrustedDomain':
    "{email} est extérieur à votre établissement et son domaine n'est pas autorisé. Demandez à votre administrateur d'autoriser ce domaine pour Classroom, ou invitez une adresse de l'établissement.",
  'err.ineligibleOwner':
    '{email} ne peut pas encore devenir propriétaire : seul un co-enseignant le peut. Invitez-le d’abord comme Enseignant ; une fois accepté, invitez-le comme Propriétaire.',
  'err.pendingOwnerInvitation':
    "Une invitation de propriétaire attend déjà pour ce cours. Révoquez-la, ou attendez qu'elle soit acceptée, avant d'inviter un autre propriétaire.",
  'err.memberLimit':
    "Ce cours est complet. Demandez à un enseignant de retirer quelqu'un, ou interrogez votre administrateur sur la limite de membres.",
  'err.teacherLimit': "Ce cours a déjà le nombre maximal d'enseignants. Il faut d'abord en retirer un.",
  'err.userCourseLimit': "Vous êtes inscrit au nombre maximal de cours autorisé. Quittez ou archivez d'abord un cours.",
  'err.courseNotModifiable':
    'Ce cours est archivé ou fermé aux modifications. Demandez à son enseignant de le restaurer dans Classroom, puis réessayez.',
  'err.inactiveOwner':
    "Le compte du propriétaire du cours n'est plus actif. Demandez à votre administrateur de le restaurer ou de transférer le cours.",
  'err.joinRateLimit': "Vous avez rejoint trop de cours aujourd'hui. Réessayez demain.",
  'err.create.notFound': "Aucun compte Google ni cours ne correspond. Vérifiez l'orthographe de {email}.",
  'err.invitation.notFound': "Cette invitation n'existe plus : elle a peut-être été acceptée, refusée ou révoquée.",
  'err.course.notFound': "Ce cours n'existe plus, ou vous n'en êtes plus enseignant.",
  'err.profile.notFound': "Aucun compte Google visible pour {email}. Vérifiez l'orthographe.",
  'err.create.denied':
    'Vous ne pouvez pas inviter de personnes dans ce cours : seuls ses enseignants (ou un administrateur) le peuvent. Demandez à un enseignant du cours.',
  'err.get.denied':
    'Vous ne pouvez pas voir cette invitation : seuls la personne invitée, les enseignants du cours et les administrateurs le peuvent.',
  'err.notTeacher': "Seul un enseignant de ce cours peut changer ou révoquer cette invitation. Rien n'a été modifié.",
  'err.ownerOnly': "Seul le propriétaire de ce cours peut inviter quelqu'un comme Propriétaire. Rien n'a été modifié.",
  'err.decline.denied': 'Seule la personne invitée peut refuser cette invitation, depuis son propre compte Google.',
  'err.invitationId.mismatch':
    "Cet ID d'invitation ne correspond pas à l'invitation renvoyée par Classroom. Rien n'a été modifié.",
  'err.accept.denied': 'Seule la personne invitée peut accepter cette invitation, depuis son propre compte Google.',
  'err.delete.denied':
    'Seuls les enseignants du cours, un administrateur ou la personne invitée peuvent supprimer cette invitation.',
  'err.list.denied': 'Vous ne pouvez pas voir les invitations de ce cours : seuls ses enseignants le peuvent.',
  'err.course.denied': "Vous n'êtes pas membre de ce cours.",
  'err.alreadyInvited': '{email} a déjà une invitation pour ce cours. Révoquez-la d’abord pour changer le rôle.',
  'err.create.alreadyMemberOrDisabled':
    '{email} est déjà dans ce cours avec ce rôle ou un rôle supérieur, ou son compte est suspendu. Rien à faire, ou demandez à votre administrateur de rétablir le compte.',
  'err.create.disabled':
    "Le compte de {email} est suspendu : impossible de l'inviter. Demandez à votre administrateur Google Workspace de le rétablir.",
  'err.precondition': "Classroom a refusé la modification dans l'état actuel du cours.",
  'err.invalidArgument': "Classroom a rejeté la demande. Vérifiez l'adresse et le rôle, puis réessayez.",
  'err.rateLimited': 'Classroom reçoit trop de demandes. Patientez une minute, puis réessayez.',
  'err.unauthenticated': 'Votre connexion a expiré. Fermez puis rouvrez le module.',
  'err.unavailable': 'Classroom rencontre un problème temporaire. Réessayez dans quelques minutes.',
  'err.unknown': 'Un problème est survenu ({detail}). Réessayez ; si cela persiste, rouvrez le module.',
  'err.badEvent': 'Cette action est périmée. Revenez en arrière et réessayez.',
  'err.internal': 'Un problème est survenu de notre côté. Revenez en arrière et réessayez.',
};
