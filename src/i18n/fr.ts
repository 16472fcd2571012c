// Textes français : mêmes clés que en.ts (le typage refuse une clé manquante ou en trop).
import type { Catalog } from './plural';

export const fr: Catalog = {
  'format.locale': 'fr-FR',

  'role.STUDENT': 'Élève',
  'role.TEACHER': 'Enseignant',
  'role.OWNER': 'Propriétaire',
  'role.label': 'Rôle',
  'role.inText.STUDENT': 'élève',
  'role.inText.TEACHER': 'enseignant',
  'role.inText.OWNER': 'propriétaire',

  'state.ACTIVE': 'Actif',
  'state.PROVISIONED': 'Pas encore accepté par son propriétaire',
  'state.PROVISIONED.mine':
    'Pas encore accepté par vous\u00a0: acceptez-le dans Classroom pour que les élèves puissent rejoindre',
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
  'home.forYou.notYet': 'Pourra être acceptée quand l’enseignant aura accepté le cours dans Classroom',
  'home.forYou.teacher': 'Enseignant : {name}',
  'home.teaching': 'Vos cours',
  'home.teaching.pending': '{count, plural, one {#\u00a0invitation en attente} other {#\u00a0invitations en attente}}',
  'home.teaching.old':
    '{count, plural, other {#\u00a0depuis plus de }}{days, plural, one {#\u00a0jour} other {#\u00a0jours}}',
  'home.lookup': 'Rechercher une invitation',
  'home.idle':
    '{count, plural, one {#\u00a0autre cours sans invitation en attente} other {#\u00a0autres cours sans invitation en attente}}',
  'home.idle.uncounted':
    '{count, plural, one {#\u00a0autre cours (seuls les {counted}\u00a0premiers sont comptés ici)} other {#\u00a0autres cours (seuls les {counted}\u00a0premiers sont comptés ici)}}',
  'home.idle.all': '{count, plural, other {#\u00a0cours, rien en attente}}',
  'home.idle.show': 'Voir',
  'home.find.field': 'Trouver un cours',
  'home.find.hint': 'Une partie du nom, p.\u00a0ex. algèbre',
  'home.find.button': 'Trouver',
  'home.find.adminHint':
    'Pas trouvé\u00a0? Les administrateurs peuvent chercher dans tous les cours de l’établissement.',
  'home.find.all': 'Chercher partout',
  'home.found': 'Vos cours',
  'home.found.all': 'Tous les cours visibles',
  'home.found.count': '{count, plural, other {#\u00a0cours}}',
  'home.found.none': 'Aucun nom de cours ne contient «\u00a0{query}\u00a0».',
  'home.nothing': 'Rien à accepter',
  'home.nothing.text': 'Aucune invitation ne vous attend. Vos cours sont dans Google Classroom.',
  'home.nothing.open': 'Ouvrir Google Classroom',
  'home.staff': 'Vous cherchez un cours\u00a0?',
  'home.staff.text':
    'Les enseignants voient ici leurs cours. Administrateurs\u00a0: trouvez n’importe quel cours de l’établissement par son nom, ou ouvrez-le par son identifiant depuis le menu («\u00a0Look up an invitation\u00a0»).',
  'home.refresh': 'Actualiser',

  'course.open': 'Ouvrir dans Classroom',
  'course.invite': 'Inviter des personnes',
  'course.invite.field': 'Adresses e-mail',
  'course.invite.hint': 'Une ou plusieurs adresses, séparées par des virgules ou des retours à la ligne',
  'course.invite.button': 'Inviter',
  'course.pending': '{count, plural, one {Invitation en attente (#)} other {Invitations en attente (#)}}',
  'course.pending.none': 'Aucune invitation en attente pour ce cours.',
  'course.pending.range': '{total, plural, other {{from}–{to} sur #}}',
  'course.pending.prev': 'Précédent',
  'course.pending.next': 'Suivant',
  'course.manage': 'Gérer',
  'course.provisioned.mine':
    'Vous n’avez pas encore accepté ce cours\u00a0: acceptez-le dans Classroom pour que les élèves puissent le rejoindre.',
  'course.provisioned.warn':
    'Le propriétaire doit accepter ce cours dans Classroom avant que les élèves puissent le rejoindre. Invitez les élèves une fois le cours actif.',
  'course.archived.warn':
    'Ce cours est archivé\u00a0: Classroom refuse toute nouvelle invitation. Restaurez-le dans Classroom pour inviter des personnes.',
  'course.bulk': 'Inviter une longue liste',
  'followup.intl': 'fr',
  'followup.sent.me': 'envoyée {when} par vous',
  'followup.sent.by': 'envoyée {when} par {by}',
  'followup.seen': 'repérée le {date}',
  'followup.reminded': '{count, plural, other {relancée #\u00a0fois}}',
  'course.resendOld':
    '{count, plural, one {Renvoyer la seule de plus de } other {Renvoyer les #\u00a0de plus de }}{days, plural, one {#\u00a0jour} other {#\u00a0jours}}',
  'course.resendOld.none':
    "{days, plural, one {Aucune invitation ici n'a plus de #\u00a0jour.} other {Aucune invitation ici n'a plus de #\u00a0jours.}}",
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
  'transfer.start.intro':
    "Classroom ne permet qu'à un co-enseignant de devenir propriétaire. Choisissez un co-enseignant, ou saisissez l'adresse d'une personne à inviter d'abord comme co-enseignant : dès qu'elle accepte, le module l'invite lui-même comme propriétaire (il vérifie toutes les heures).",
  'transfer.start.intro.noCoTeacher':
    "Classroom ne permet qu'à un co-enseignant de devenir propriétaire, et ce cours n'en a pas encore. Saisissez l'adresse du nouveau propriétaire : le module l'invite d'abord comme co-enseignant, puis, dès qu'il accepte, comme propriétaire, de lui-même (il vérifie toutes les heures).",
  'transfer.start.email.only': 'Adresse e-mail du nouveau propriétaire',
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
  'transfer.status.awaitTeacher':
    "{days, plural, one {En attente de l'acceptation de l'invitation de co-enseignant par {name} · #\u00a0jour} other {En attente de l'acceptation de l'invitation de co-enseignant par {name} · #\u00a0jours}}",
  'transfer.status.awaitTeacher.one':
    "En attente de l'acceptation de l'invitation de co-enseignant par {name} · 1 jour",
  'transfer.status.awaitTeacher.today':
    "En attente de l'acceptation de l'invitation de co-enseignant par {name} · moins d'un jour",
  'transfer.status.inviteOwner': "Envoi de l'invitation de propriétaire à {name}…",
  'transfer.status.awaitOwner':
    "{days, plural, one {En attente de l'acceptation de l'invitation de propriétaire par {name} · #\u00a0jour} other {En attente de l'acceptation de l'invitation de propriétaire par {name} · #\u00a0jours}}",
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
  'transfer.failed.expired':
    "{days, plural, one {Le transfert à {name} a expiré : il a commencé il y a plus de #\u00a0jour. Rien d'autre n'a été envoyé ni retiré ; relancez-le si vous le souhaitez toujours.} other {Le transfert à {name} a expiré : il a commencé il y a plus de #\u00a0jours. Rien d'autre n'a été envoyé ni retiré ; relancez-le si vous le souhaitez toujours.}}",
  'transfer.failed.notOwner':
    "Le transfert à {name} s'est arrêté : vous n'êtes plus propriétaire de ce cours, l'invitation de propriétaire n'a donc pas été envoyée. Rien n'a été retiré.",
  'transfer.expires': "Expire le {date} : ensuite, l'assistant s'arrête et n'envoie plus rien.",
  'transfer.failed.notTeacher':
    "{name} n'est plus co-enseignant de ce cours et ne peut donc pas en devenir propriétaire. Relancez le transfert pour l'inviter comme co-enseignant.",
  'transfer.failed.notEligible':
    "Classroom a refusé l'invitation de {name} : son compte est peut-être désactivé, ou cette personne a déjà ce rôle.",

  'invite.results': 'Résultat des invitations',
  'invite.results.summary': [
    '{invited, plural, =0 {} one {#\u00a0invité} other {#\u00a0invités}}',
    ', ',
    '{alreadyInvited, plural, =0 {} one {#\u00a0déjà invité} other {#\u00a0déjà invités}}',
    ', ',
    '{alreadyMember, plural, =0 {} other {#\u00a0déjà dans le cours}}',
    ', ',
    '{failed, plural, =0 {} one {#\u00a0non invité} other {#\u00a0non invités}}',
  ],
  'invite.results.group': '{count, plural, other {{title} : #}}',
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
  'invalid.noLocal': 'Il manque la partie avant le @',
  'invalid.noDomain': 'Il manque la partie après le @',
  'invalid.badLocal': 'La partie avant le @ contient des caractères interdits dans une adresse',
  'invalid.badDomain': 'La partie après le @ n’est pas un domaine valide',
  'invalid.comma': 'Contient une virgule',
  'invalid.suggestion': 'vouliez-vous dire {suggestion} ?',
  'invalid.cleaned':
    '{count, plural, one {#\u00a0entrée contenait des caractères invisibles (espaces sans chasse, par exemple), retirés.} other {#\u00a0entrées contenaient des caractères invisibles (espaces sans chasse, par exemple), retirés.}}',
  'invite.result.notSent': 'Non invité',
  'invite.backToCourse': 'Retour au cours',
  'invite.none': 'Saisissez au moins une adresse e-mail.',

  'owner.twoSteps.title': 'Devenir propriétaire : deux étapes',
  'owner.twoSteps.why':
    "Seul un co-enseignant peut devenir propriétaire, et {email} est invité comme {role}. Rien n'a été modifié.",
  'owner.twoSteps.step1': "1. Invitez {email} comme Enseignant (co-enseignant) et attendez qu'il accepte.",
  'owner.twoSteps.step2': '2. Ensuite, en tant que propriétaire de {course}, invitez-le comme Propriétaire.',
  'owner.twoSteps.invite': 'Inviter comme co-enseignant',

  'invitation.title': 'Invitation',
  'invitation.invitee': 'Personne invitée',
  'invitation.idLine': "ID de l'invitation : {id}",
  'invitation.accept': 'Accepter',
  'invitation.decline': 'Refuser',
  'invitation.revoke': 'Révoquer',
  'invitation.changeRole': 'Changer le rôle',
  'invitation.newRole': 'Nouveau rôle',
  'invitation.onlyInvitee': 'Seul {email} peut accepter cette invitation, depuis son propre compte.',
  'invitation.unknownCourse': 'Cours {id}',
  'invitation.unknownPerson': 'Personne inconnue ({id})',
  'invitation.history': 'Invitation',
  'invitation.resend': 'Renvoyer l’invitation',
  'resend.title': 'Renvoyer cette invitation ?',
  'resend.body':
    "Classroom ne sait pas renvoyer : l'invitation de {email} est supprimée puis recréée comme {role}, et Classroom envoie normalement un nouvel e-mail. Si aucun e-mail n'arrive, partagez plutôt le code du cours. Si quelque chose échoue entre les deux, le module la remet.",
  'resend.confirm': 'Renvoyer',
  'resendOld.title': 'Renvoyer les anciennes invitations ?',
  'resendOld.body':
    "{count, plural, one {L'invitation en attente (#) depuis plus de } other {Les #\u00a0invitations en attente depuis plus de }}{days, plural, one {#\u00a0jour} other {#\u00a0jours}}{count, plural, one { est supprimée puis recréée : Classroom écrit normalement à nouveau à la personne (sinon, partagez le code du cours).} other { sont supprimées puis recréées : Classroom écrit normalement à nouveau à chaque personne (sinon, partagez le code du cours).}}",

  'revoke.title': 'Révoquer cette invitation ?',
  'revoke.body': '{name} ({email}) ne pourra plus rejoindre {course} comme {role}.',
  'revoke.confirm': "Révoquer l'invitation",
  'decline.title': 'Refuser cette invitation ?',
  'decline.body': 'Vous ne rejoindrez pas {course}. Un enseignant devra vous inviter à nouveau.',
  'decline.confirm': "Refuser l'invitation",
  'common.cancel': 'Annuler',
  'common.back': 'Retour',

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
  'done.resent':
    "Invitation renvoyée : Classroom écrit normalement à {email}. Si rien n'arrive, partagez le code du cours.",
  'done.resentMany':
    "{resent, plural, one {#\u00a0invitation renvoyée ; } other {#\u00a0invitations renvoyées ; }}{failed, plural, one {#\u00a0n'a pas pu l'être.} other {#\u00a0n'ont pas pu l'être.}}",
  'done.resendNothing': "Rien n'a été renvoyé : l'invitation n'existe plus.",

  'accepted.title': 'Bienvenue dans {course}',
  'accepted.body': 'Vous avez rejoint {course} comme {role}.',
  'accepted.owner': 'Vous êtes désormais propriétaire du cours {course}.',
  'accepted.owner.title': 'Vous êtes propriétaire de {course}',
  'accepted.open': 'Ouvrir le cours dans Classroom',

  'lookup.field': "ID de l'invitation",
  'lookup.hint': "L'ID d'une invitation, tel qu'affiché par ce module ou l'API Classroom",
  'lookup.button': 'Rechercher',
  'lookup.empty': "Saisissez l'ID d'une invitation.",
  'lookup.tooLong':
    "{max, plural, other {Un ID d'invitation a au plus #\u00a0caractères : vérifiez que vous n'avez collé que l'ID.}}",
  'lookup.invalid': "Ceci ne ressemble pas à un ID d'invitation : lettres, chiffres, - et _ uniquement.",

  'lookup.course.title': 'Ouvrir un cours par son ID',
  'lookup.course.field': 'ID du cours',
  'lookup.course.hint': 'Pour les administrateurs et co-enseignants : le numéro du cours, ou un alias comme d:math_101',
  'lookup.course.button': 'Ouvrir le cours',
  'lookup.course.empty': "Saisissez l'ID d'un cours.",
  'lookup.course.tooLong':
    '{max, plural, one {Un identifiant de cours compte au plus #\u00a0caractère.} other {Un identifiant de cours compte au plus #\u00a0caractères.}}',
  'lookup.course.invalid': 'Ceci ne ressemble pas à un ID de cours : des chiffres, ou un alias comme d:math_101.',
  'find.title': 'Trouver une invitation',
  'find.field': 'E-mail ou nom',
  'find.hint': "Une adresse entière, une partie d'adresse ou un nom",
  'find.someone': 'Une personne dont Classroom ne montre pas le profil',
  'find.empty': 'Saisissez une adresse e-mail ou un nom, ou une partie.',
  'find.results': 'Invitations correspondant à « {query} »',
  'find.none': 'Aucune invitation ne correspond à « {query} ».',
  'find.live': 'En attente dans Classroom maintenant',
  'find.recorded': "Dans l'historique du module",
  'status.intended': "En cours d'envoi",
  'status.pending': 'En attente',
  'status.joined':
    '{days, plural, one {A rejoint le {date}, après #\u00a0jour} other {A rejoint le {date}, après #\u00a0jours}}',
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
  'history.title': 'Votre historique',
  'history.kept':
    "{days, plural, one {L'historique est gardé #\u00a0jour : le module garde une trace de chaque invitation qu'il a envoyée ou vue, dans votre propre espace utilisateur, l'efface #\u00a0jour après que l'invitation a abouti (acceptée, refusée, retirée), et aussitôt pour un cours que vous n'enseignez plus.} other {L'historique est gardé #\u00a0jours : le module garde une trace de chaque invitation qu'il a envoyée ou vue, dans votre propre espace utilisateur, l'efface #\u00a0jours après que l'invitation a abouti (acceptée, refusée, retirée), et aussitôt pour un cours que vous n'enseignez plus.}}",
  'history.forget': 'Oublier mon historique',
  'history.confirm.title': 'Oublier votre historique ?',
  'history.confirm.body':
    "Cela efface la trace de toutes les invitations que le module a envoyées ou vues, vos tâches terminées et vos transferts de propriété terminés. Les tâches en cours et les transferts en attente sont gardés : ils ont besoin de leurs traces. Vos invitations dans Classroom ne changent pas. C'est irréversible.",
  'history.forgotten':
    '{entries, plural, one {Historique oublié : #\u00a0trace et } other {Historique oublié : #\u00a0traces et }}{finished, plural, one {#\u00a0tâche ou transfert terminé effacé.} other {#\u00a0tâches ou transferts terminés effacés.}}',
  'history.keptRunning':
    '{running, plural, one {#\u00a0tâche ou transfert en cours a été gardé.} other {#\u00a0tâches ou transferts en cours ont été gardés.}}',
  'sweep.title': 'Suivi des invitations en attente',
  'sweep.about':
    "Tout est désactivé tant que vous ne l'activez pas. Le suivi tourne environ une fois par heure, uniquement sur les invitations envoyées avec ce module et qu'il a vérifiées depuis sans interruption de plus d'un jour : celle d'un co-enseignant, même à la même personne, n'est jamais touchée.",
  'sweep.remind': 'Relancer après (jours)',
  'sweep.remind.hint':
    "Vide : pas de relance. Une relance renvoie l'invitation : Classroom écrit normalement à nouveau à la personne.",
  'sweep.max': 'Relances par invitation, au plus',
  'sweep.withdraw': 'Retirer après (jours)',
  'sweep.withdraw.hint': "Vide : jamais. Retirer supprime l'invitation.",
  'sweep.digest': 'Récapitulatif par e-mail pour vous',
  'sweep.digest.off': 'Désactivé',
  'sweep.digest.daily': 'Quotidien',
  'sweep.digest.weekly': 'Hebdomadaire',
  'sweep.save': 'Enregistrer le suivi',
  'sweep.saved': 'Réglages du suivi enregistrés.',
  'sweep.last':
    'Dernier passage le {date} : {resent, plural, one {#\u00a0renvoyée, } other {#\u00a0renvoyées, }}{withdrawn, plural, one {#\u00a0retirée.} other {#\u00a0retirées.}}',
  'sweep.err.REMIND_DAYS_OUT_OF_RANGE':
    '{max, plural, other {Relancer après : saisissez un nombre entier de jours entre {min} et #, ou laissez vide.}}',
  'sweep.err.MAX_REMINDERS_OUT_OF_RANGE':
    '{max, plural, other {Relances par invitation : saisissez un nombre entier entre {min} et #.}}',
  'sweep.err.WITHDRAW_DAYS_OUT_OF_RANGE':
    '{max, plural, other {Retirer après : saisissez un nombre entier de jours entre {min} et #, ou laissez vide.}}',
  'sweep.err.REMIND_NOT_BEFORE_WITHDRAW':
    'Les relances doivent précéder le retrait : « Relancer après » doit être plus petit que « Retirer après ».',
  'sweep.err.BAD_DIGEST': 'Choisissez Désactivé, Quotidien ou Hebdomadaire pour le récapitulatif.',
  'digest.subject': '{pending, plural, other {Invitations Classroom : #\u00a0en attente}}',
  'digest.intro': 'Vos invitations Classroom, état au {date}',
  'digest.pending': 'Toujours en attente',
  'digest.course': '{count, plural, other {{course} : #\u00a0en attente}}',
  'digest.none': "Rien n'est en attente.",
  'digest.joined': 'Ont rejoint depuis le dernier récapitulatif',
  'digest.joined.item':
    '{days, plural, one {{who} ({course}), après #\u00a0jour} other {{who} ({course}), après #\u00a0jours}}',
  'digest.reminded': 'Renvoyées par le suivi',
  'digest.unnamed': 'une personne que Classroom ne nomme pas',
  'digest.withdrawn': 'Retirées par le suivi',
  'digest.footer':
    'Vous recevez cet e-mail parce que vous avez activé le récapitulatif dans Classroom Invitations (Paramètres). Désactivez-le au même endroit.',

  'bulk.field': 'Adresses',
  'bulk.hint': 'Collez une liste : virgules, points-virgules, retours à la ligne ou Nom <e-mail>',
  'bulk.preview': 'Aperçu',
  'bulk.tooMany':
    '{count, plural, one {Cela fait #\u00a0adresse} other {Cela fait #\u00a0adresses}}{max, plural, other { ; une tâche en traite au plus #. Scindez la liste.}}',
  'bulk.tooManyJobs':
    "{count, plural, one {Vous avez déjà #\u00a0tâche en cours. Attendez qu'elle se termine ou annulez-la.} other {Vous avez déjà #\u00a0tâches en cours. Attendez qu'une se termine ou annulez-la.}}",
  'preview.title': 'Vérifiez avant d’inviter',
  'preview.toInvite': '{count, plural, other {À inviter comme {role} : #}}',
  'preview.alreadyInvited': '{count, plural, one {Déjà invitée : #} other {Déjà invitées : #}}',
  'preview.alreadyMember': '{count, plural, other {Déjà dans le cours : #}}',
  'preview.external':
    "{count, plural, one {Hors de l'établissement, invitée aussi comme {role} : #} other {Hors de l'établissement, invitées aussi comme {role} : #}}",
  'preview.external.hint':
    "Ces adresses sont valides et seront envoyées. Classroom les refuse si votre administrateur n'autorise pas leur domaine ; les refus sont listés à la fin de la tâche.",
  'preview.invalid':
    '{count, plural, one {Entrée qui n’est pas une adresse\u00a0: #} other {Entrées qui ne sont pas des adresses\u00a0: #}}',
  'preview.firstLines':
    '{total, plural, one {Les {shown}\u00a0premières sur # sont affichées ici\u00a0; «\u00a0Copier la liste\u00a0» la donne.} other {Les {shown}\u00a0premières sur # sont affichées ici\u00a0; «\u00a0Copier la liste\u00a0» les donne toutes.}}',
  'preview.duplicates': '{count, plural, one {#\u00a0doublon retiré} other {#\u00a0doublons retirés}}',
  'preview.confirm':
    '{count, plural, =0 {Personne à inviter} one {Inviter #\u00a0personne} other {Inviter #\u00a0personnes}}',
  'preview.confirm.detail':
    '{count, plural, one {#\u00a0invitation sera envoyée en tout, comme {role}.} other {#\u00a0invitations seront envoyées en tout, comme {role}.}}',
  'list.hint': 'Sélectionnez le texte ci-dessous pour le copier.',
  'list.expired':
    "Cette liste n'est plus conservée (les listes le sont quelques heures). Rouvrez la fiche, puis Copier la liste.",
  'preview.nothing': 'Personne de nouveau à inviter.',
  'job.title': 'Invitations pour {course}',
  'job.title.done': 'Terminé : {course}',
  'job.title.resend': 'Renvoi des invitations pour {course}',
  'job.counts.resend': [
    '{invited, plural, =0 {} one {#\u00a0renvoyée} other {#\u00a0renvoyées}}',
    ' · ',
    '{failed, plural, =0 {} one {#\u00a0non renvoyée} other {#\u00a0non renvoyées}}',
  ],
  'resend.gone':
    "{email} n'avait plus d'invitation en attente : la personne a rejoint le cours ou refusé, ou l'invitation a été retirée entre-temps.",
  'job.progress': '{done, plural, one {#\u00a0traitée} other {#\u00a0traitées}}{total, plural, other { sur #}}',
  'job.counts': [
    '{invited, plural, =0 {} one {#\u00a0invité} other {#\u00a0invités}}',
    ' · ',
    '{alreadyInvited, plural, =0 {} one {#\u00a0déjà invité} other {#\u00a0déjà invités}}',
    ' · ',
    '{alreadyMember, plural, =0 {} other {#\u00a0déjà dans le cours}}',
    ' · ',
    '{failed, plural, =0 {} one {#\u00a0non invité} other {#\u00a0non invités}}',
  ],
  'job.estimate':
    "{minutes, plural, other {Environ #\u00a0min si vous gardez ceci ouvert et appuyez sur Continuer ; sinon, la suite se termine en arrière-plan dans l'heure.}}",
  'job.background': "La suite se termine en arrière-plan dans l'heure ; vous pouvez fermer le module.",
  'job.finished': 'Terminé.',
  'job.paused':
    'En pause : {reason} Le module réessaie avec quelques invitations à la prochaine exécution horaire (dans l’heure), ou tout de suite avec Continuer.',
  'job.stopped':
    'Arrêtée plus tôt : {reason} Le reste n’a pas été envoyé : corrigez la cause puis Reprendre, ou copiez les adresses ci-dessous.',
  'job.failureGroup': '{count, plural, one {{reason} (#\u00a0adresse)} other {{reason} (#\u00a0adresses)}}',
  'job.thesePeople': 'chacune de ces adresses',
  'job.storeFull':
    "Le module n'a plus de place pour enregistrer cette tâche. Fermez ces tâches terminées depuis l'accueil, puis réessayez : {jobs}.",
  'job.storeFull.none':
    "Le module n'a plus de place pour enregistrer cette tâche. Fermez ou annulez une tâche depuis l'accueil, puis réessayez.",
  'job.title.paused': 'En pause : {course}',
  'job.title.stopped': 'Arrêtée : {course}',
  'job.unsent': '{count, plural, one {Non envoyée (#)} other {Non envoyées (#)}}',
  'job.resume': 'Reprendre',
  'job.waitBudget':
    'Cette tâche a utilisé sa part du quota de Classroom pour cette minute. Elle reprend d’elle-même dans une minute environ ; le panneau reste utilisable.',
  'home.jobs.running': 'En cours · terminée dans l’heure',
  'home.jobs.paused': 'En pause : {reason}',
  'home.jobs.stopped': 'Arrêtée : {reason}',
  'home.jobs.done': 'Terminée · ouvrez-la pour la fermer',
  'job.continue': 'Continuer maintenant',
  'job.cancel': 'Annuler la suite',
  'job.cancelled': 'Tâche annulée. Les invitations déjà envoyées restent.',
  'job.busy': 'Cette tâche tourne dans une autre fenêtre ou en arrière-plan. Actualisez dans un instant.',
  'job.gone': "Cette tâche n'existe plus : elle a été terminée et fermée, ou annulée.",
  'sync.title': 'Synchroniser une liste',
  'sync.intro':
    "Invitez les personnes de cette feuille : une ligne d'en-tête avec un cours (identifiant, alias ou nom exact) et une adresse e-mail ; le rôle et l'action (inviter ou retirer) sont facultatifs.",
  'sync.grant': 'Utiliser cette feuille comme liste',
  'sync.grantHint': "Le module demande l'accès à ce fichier seulement.",
  'sync.noAccess': "Le module n'a pas encore accès à cette feuille. Choisissez « Utiliser cette feuille comme liste ».",
  'sync.notSheets': 'Ouvrez une feuille Google Sheets pour synchroniser une liste.',
  'sync.noHeader':
    "Aucune ligne d'en-tête trouvée : la première ligne doit avoir une colonne « {missing} » (par ex. Cours, E-mail, Rôle, Action).",
  'sync.sheet': '{title} · feuille {sheet}',
  'sync.summary':
    '{valid, plural, one {Ligne prête : #} other {Lignes prêtes : #}}{invalid, plural, one { · ligne inutilisable : #} other { · lignes inutilisables : #}}',
  'sync.invalidTitle': 'Lignes inutilisables',
  'sync.invalidRow': 'Ligne {row} : {reason}',
  'sync.invalidValue': 'Ligne {row} : {reason} ({value})',
  'sync.invalidDuplicate': 'Ligne {row} : même cours et même adresse que la ligne {first}',
  'sync.page': '{total, plural, one {Ligne {from} à {to} sur #} other {Lignes {from} à {to} sur #}}',
  'sync.preview': 'Prévisualiser la synchronisation',
  'sync.reason.email.invalid': "ce n'est pas une adresse e-mail",
  'sync.reason.course.missing': 'pas de cours',
  'sync.reason.role.unknown': 'rôle inconnu',
  'sync.reason.action.unknown': 'action inconnue',
  'sync.reason.duplicate': 'même cours et même adresse qu’une ligne précédente',
  'sync.reason.course.notFound': 'cours introuvable',
  'sync.reason.course.notTaught': "vous n'enseignez pas dans ce cours",
  'sync.reason.course.ambiguous': 'plusieurs de vos cours portent ce nom',
  'sync.previewTitle': 'Aperçu de la synchronisation',
  'sync.inSync': 'Déjà synchronisée : rien à changer.',
  'sync.totals': [
    '{invite, plural, other {À inviter : #}}',
    '',
    '{changeRole, plural, =0 {} one { · changement de rôle : #} other { · changements de rôle : #}}',
    '',
    '{withdraw, plural, =0 {} other { · à retirer : #}}',
    '',
    '{none, plural, =0 {} one { · inchangée : #} other { · inchangées : #}}',
    '',
    '{invalid, plural, =0 {} one { · non synchronisée : #} other { · non synchronisées : #}}',
  ],
  'sync.coursesPage': '{total, plural, other {Cours {from} à {to} sur #}}',
  'sync.group.toInvite':
    '{count, plural, one {À inviter : #\u00a0(ligne {rows})} other {À inviter : #\u00a0(lignes {rows})}}',
  'sync.group.alreadyInvited':
    '{count, plural, one {Déjà invitée avec le même rôle : #} other {Déjà invitées avec le même rôle : #}}',
  'sync.group.roleChanges':
    '{count, plural, one {Invitée avec un autre rôle, changement de rôle : #\u00a0(ligne {rows})} other {Invitées avec un autre rôle, changement de rôle : #\u00a0(lignes {rows})}}',
  'sync.group.members': '{count, plural, one {Déjà membre : #} other {Déjà membres : #}}',
  'sync.group.toWithdraw':
    '{count, plural, one {À retirer : #\u00a0(ligne {rows})} other {À retirer : #\u00a0(lignes {rows})}}',
  'sync.group.nothingToWithdraw': '{count, plural, other {Rien à retirer : #}}',
  'sync.group.invalid':
    '{count, plural, one {Ligne non synchronisée : #\u00a0(ligne {rows})} other {Lignes non synchronisées : #\u00a0(lignes {rows})}}',
  'sync.group.notInSheet':
    '{count, plural, one {Invitation en attente absente de la feuille : #} other {Invitations en attente absentes de la feuille : #}}',
  'sync.withdrawField': 'Retirer aussi les invitations en attente absentes de la feuille',
  'sync.withdrawItem': '{course} : retirer {names}',
  'sync.unresolvedTitle': "Cours introuvables ou où vous n'enseignez pas",
  'sync.unresolved.row': '{ref} : {reason} (ligne {rows})',
  'sync.unresolved.rows': '{ref} : {reason} (lignes {rows})',
  'sync.confirm': '{count, plural, one {Appliquer #\u00a0changement} other {Appliquer #\u00a0changements}}',
  'sync.jobTitle': 'Synchronisation de {title}',
  'sync.jobProgress':
    '{done, plural, one {#\u00a0ligne traitée} other {#\u00a0lignes traitées}}{total, plural, other { sur #}}',
  'sync.jobCounts': [
    '{invited, plural, one {#\u00a0invitée} other {#\u00a0invitées}}',
    '',
    '{roleChanged, plural, =0 {} one { · #\u00a0changement de rôle} other { · #\u00a0changements de rôle}}',
    '',
    '{withdrawn, plural, =0 {} one { · #\u00a0retirée} other { · #\u00a0retirées}}',
    '',
    '{unchanged, plural, =0 {} one { · #\u00a0inchangée} other { · #\u00a0inchangées}}',
    '',
    '{invalid, plural, =0 {} one { · #\u00a0non synchronisée} other { · #\u00a0non synchronisées}}',
    '',
    '{failed, plural, =0 {} one { · #\u00a0échec} other { · #\u00a0échecs}}',
  ],
  'sync.jobDone': 'Terminé : la colonne Statut de la feuille indique ce qui est arrivé à chaque ligne.',
  'sync.jobRunning':
    'Une synchronisation est déjà en cours. Ouvrez-la depuis la carte de la liste, ou fermez-la d’abord.',
  'sync.openJob': 'Ouvrir la synchronisation en cours',
  'sync.sheetGone': 'La feuille de cette synchronisation ne peut plus être ouverte.',
  'sync.statusHeader': 'Statut',
  'sync.sheetsBusy': 'Google Sheets n’a pas répondu. Réessayez dans une minute.',
  'sync.previewExpired': 'Cet aperçu n’est plus disponible. Relancez l’aperçu de la synchronisation.',
  'sync.withdrawUnknown': 'L’aperçu ne proposait pas de retrait dans ce cours. Relancez l’aperçu.',
  'sync.reason.owner.notCoTeacher':
    'seul un co-enseignant peut devenir propriétaire : invitez cette personne comme enseignant, puis, une fois acceptée, utilisez Transférer la propriété sur la fiche du cours',
  'sync.restored': 'Classroom a refusé le nouveau rôle ; l’invitation précédente a été rétablie',
  'sync.pausedTitle': 'Synchronisation en pause : {title}',
  'sync.paused':
    'La feuille a changé depuis l’aperçu : la synchronisation s’est arrêtée avant de faire quoi que ce soit que l’aperçu n’a pas montré :',
  'sync.changed.row': 'ligne {range} modifiée depuis l’aperçu',
  'sync.changed.rows': 'lignes {range} modifiées depuis l’aperçu',
  'sync.changed.moved': 'la colonne {column} a été déplacée',
  'sync.changed.gone': 'la colonne {column} a disparu',
  'sync.column.course': 'Cours',
  'sync.column.email': 'E-mail',
  'sync.column.role': 'Rôle',
  'sync.column.action': 'Action',
  'sync.newPreview': 'Nouvel aperçu',
  'sync.jobDoneTitle': 'Synchronisation terminée : {title}',
  'sync.withdrawTitle': 'Invitations en attente qu’aucune ligne ne nomme',
  'sync.withdrawPerson': '{email} · {role} · cours {course}',
  'sync.withdrawPage': '{total, plural, one {Invitation {from}–{to} sur #} other {Invitations {from}–{to} sur #}}',
  'sync.confirmWithdrawOnly': 'Retirer les invitations cochées',
  'sync.namedInSheet': 'une ligne de la feuille nomme maintenant cette personne',
  'sync.noLongerPending': 'l’invitation n’est plus en attente avec le rôle que montrait l’aperçu',
  'sync.status.invited': 'Invité · {at}',
  'sync.status.roleChanged': 'Invitation changée pour le nouveau rôle · {at}',
  'sync.status.withdrawn': 'Invitation retirée · {at}',
  'sync.status.alreadyInvited': 'Déjà invité · {at}',
  'sync.status.member': 'Déjà dans le cours · {at}',
  'sync.status.nothingToWithdraw': 'Aucune invitation à retirer · {at}',
  'sync.status.invalid': 'Non synchronisé : {detail} · {at}',
  'sync.status.failed': 'Échec : {detail} · {at}',
  'sync.status.retry': 'Nouvel essai prévu · {at}',
  'home.jobs': "Tâches d'invitation",
  'home.jobs.item': '{done, plural, other {{course} : #}}{total, plural, other { sur #}}',
  'gmail.title': 'Personnes de cet e-mail',
  'gmail.course': 'Cours',
  'gmail.sender': '(expéditeur)',
  'gmail.invite': 'Inviter la sélection',
  'gmail.outside': 'hors de votre établissement, Classroom peut refuser',
  'gmail.nobody': "Personne d'autre ne figure sur cet e-mail.",
  'gmail.noneSelected': 'Sélectionnez au moins une personne.',
  'gmail.place.member.STUDENT': 'élève dans {course}',
  'gmail.place.member.TEACHER': 'enseignant dans {course}',
  'gmail.place.invited': 'invité à {course} comme {role}',
  'gmail.place.none': 'dans aucun de vos cours',
  'gmail.place.unknown': 'aucun compte Classroom trouvé',
  'gmail.place.failed': 'statut indisponible, rouvrez pour réessayer',
  'gmail.place.more': '{count, plural, one {+ #\u00a0autre cours} other {+ #\u00a0autres cours}}',
  'gmail.peopleIn': '{count, plural, one {Dans vos cours (#\u00a0personne)} other {Dans vos cours (#\u00a0personnes)}}',
  'gmail.peopleOut':
    '{count, plural, one {Dans aucun de vos cours (#\u00a0personne)} other {Dans aucun de vos cours (#\u00a0personnes)}}',
  'gmail.codeOf': 'Code du cours · {course}',
  'gmail.actions': 'Actions',
  'gmail.replyCode': 'Répondre avec le code du cours',
  'gmail.noClassCode': "{course} n'a pas de code de cours à donner (il est désactivé dans Classroom).",
  'gmail.person.withdraw': 'Retirer',
  'gmail.person.invite': 'Inviter à ce cours',
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
    "Ce cours est archivé, ou pas encore accepté par son propriétaire (les élèves ne rejoignent que les cours actifs). Demandez à son enseignant de le restaurer ou de l'accepter dans Classroom, puis réessayez.",
  'err.inactiveOwner':
    "Le compte du propriétaire du cours n'est plus actif. Demandez à votre administrateur de le restaurer ou de transférer le cours.",
  'err.illegalDomain':
    "Le domaine de {email} ne peut pas rejoindre les cours de votre établissement. Demandez à votre administrateur quels domaines Classroom autorise, ou invitez une adresse de l'établissement.",
  'err.directAdd': '{email} ne peut pas être ajouté directement. Envoyez-lui plutôt une invitation.',
  'err.cannotOwn':
    "Cette personne n'a pas le droit d'être propriétaire d'un cours. Demandez à votre administrateur de vérifier son rôle dans Classroom.",
  'err.cannotRemoveOwner':
    "Le propriétaire du cours ne peut pas être retiré, ou un transfert de propriété n'est pas encore terminé. Attendez-le, ou transférez d'abord le cours.",
  'err.titleUrl': 'Le nom d’un cours ne peut pas contenir d’adresse web. Modifiez le nom dans Classroom.',
  'err.decline.inClassroom':
    'Classroom ne permet pas à ce module de refuser pour vous. Ouvrez classroom.google.com et choisissez Refuser sur la fiche du cours.',
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
  'err.budget':
    "Le module ralentit ses demandes pour rester dans les limites de Classroom pendant qu'une tâche tourne. Réessayez dans une minute.",
  'plan.invalidItem': 'Cette entrée n’a pas pu être relue dans la tâche enregistrée : rien n’a été envoyé pour elle.',
  'plan.deleteRefused': 'Classroom a refusé de supprimer cette invitation.',
  'sweep.skip.notDue':
    'Non envoyé : à son tour, ce n’était plus dû (réglage désactivé, invitation modifiée ou acceptée, ou qui n’est plus l’une de celles envoyées par le module).',
  'err.rateLimited': 'Classroom reçoit trop de demandes. Patientez une minute, puis réessayez.',
  'err.unauthenticated': 'Votre connexion a expiré. Fermez puis rouvrez le module.',
  'err.unavailable': 'Classroom rencontre un problème temporaire. Réessayez dans quelques minutes.',
  'err.unknown': 'Un problème est survenu ({detail}). Réessayez ; si cela persiste, rouvrez le module.',
  'err.badEvent': 'Cette action est périmée. Revenez en arrière et réessayez.',
  'err.internal': 'Un problème est survenu de notre côté. Revenez en arrière et réessayez.',
};
