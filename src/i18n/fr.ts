// Textes français : mêmes clés que en.ts (le typage refuse une clé manquante ou en trop).
import type { MessageKey } from './en';

export const fr: Record<MessageKey, string> = {
  'app.name': 'Invitations Classroom',
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

  'home.signedInAs': 'Connecté en tant que {email}',
  'home.forYou': 'Invitations pour vous',
  'home.forYou.item': '{course}',
  'home.forYou.role': 'Invité comme {role}',
  'home.teaching': 'Vos cours',
  'home.teaching.none':
    "Vous n'enseignez dans aucun cours actif. Les cours où vous enseignez dans Google Classroom apparaissent ici.",
  'home.teaching.pending': '{count} invitations en attente',
  'home.teaching.pending.one': '1 invitation en attente',
  'home.teaching.pending.none': 'Aucune invitation en attente',
  'home.lookup': 'Rechercher une invitation',
  'home.refresh': 'Actualiser',

  'course.open': 'Ouvrir dans Classroom',
  'course.invite': 'Inviter des personnes',
  'course.invite.field': 'Adresses e-mail',
  'course.invite.hint': 'Une ou plusieurs adresses, séparées par des virgules ou des retours à la ligne',
  'course.invite.button': 'Inviter',
  'course.pending': 'Invitations en attente ({count})',
  'course.pending.none': "Aucune invitation en attente pour ce cours.",
  'course.pending.more': 'Afficher {count} de plus',
  'course.manage': 'Gérer',
  'course.notTeacher': 'Seuls les enseignants de ce cours peuvent inviter des personnes.',
  'course.bulk': 'Inviter une longue liste',

  'invite.results': 'Résultat des invitations',
  'invite.results.summary': '{invited} invités, {skipped} déjà faits, {failed} non invités',
  'invite.result.invited': 'Invité comme {role}',
  'invite.result.alreadyInvited': 'Déjà invité',
  'invite.result.alreadyInvitedAs': 'Déjà invité comme {role}',
  'invite.result.alreadyMember': 'Déjà dans le cours',
  'invite.result.invalid': "Ce n'est pas une adresse e-mail",
  'invite.result.notSent': 'Non invité',
  'invite.backToCourse': 'Retour au cours',
  'invite.none': 'Saisissez au moins une adresse e-mail.',
  'invite.tooMany':
    'Cela fait {count} adresses ; un clic en traite au plus {max}. Utilisez « Inviter une longue liste » pour plus.',
  'invite.ownerSteps':
    'Pour que {email} devienne propriétaire : 1. invitez cette personne comme Enseignant ; 2. une fois acceptée, invitez-la comme Propriétaire.',

  'invitation.title': 'Invitation',
  'invitation.course': 'Cours',
  'invitation.invitee': 'Personne invitée',
  'invitation.role': 'Rôle',
  'invitation.id': "ID de l'invitation",
  'invitation.accept': 'Accepter',
  'invitation.decline': 'Refuser',
  'invitation.revoke': 'Révoquer',
  'invitation.changeRole': 'Changer le rôle',
  'invitation.newRole': 'Nouveau rôle',
  'invitation.onlyInvitee': 'Seul {email} peut accepter cette invitation, depuis son propre compte.',
  'invitation.unknownCourse': 'Cours {id}',
  'invitation.unknownPerson': 'Utilisateur {id}',

  'revoke.title': 'Révoquer cette invitation ?',
  'revoke.body': '{name} ({email}) ne pourra plus rejoindre {course} comme {role}.',
  'revoke.confirm': "Révoquer l'invitation",
  'decline.title': 'Refuser cette invitation ?',
  'decline.body': "Vous ne rejoindrez pas {course}. Un enseignant devra vous inviter à nouveau.",
  'decline.confirm': "Refuser l'invitation",
  'common.cancel': 'Annuler',
  'common.back': 'Retour',
  'common.close': 'Fermer',

  'done.revoked': 'Invitation révoquée.',
  'done.declined': 'Invitation refusée.',
  'done.roleChanged': 'Rôle changé en {role}.',
  'done.roleUnchanged': "L'invitation est déjà pour le rôle {role}.",
  'done.roleRestored': "Le rôle n'a pas pu être changé : {reason} L'invitation d'origine ({role}) a été rétablie.",
  'done.roleLost':
    "Le rôle n'a pas pu être changé : {reason} L'invitation d'origine n'a pas pu être rétablie non plus : invitez à nouveau {email} comme {role}.",

  'accepted.title': 'Bienvenue dans {course}',
  'accepted.body': 'Vous avez rejoint {course} comme {role}.',
  'accepted.open': 'Ouvrir le cours dans Classroom',

  'lookup.title': 'Rechercher une invitation',
  'lookup.field': "ID de l'invitation",
  'lookup.hint': "L'ID d'une invitation, tel qu'affiché par ce module ou l'API Classroom",
  'lookup.button': 'Rechercher',
  'lookup.empty': "Saisissez l'ID d'une invitation.",
  'lookup.invalid': "Ceci ne ressemble pas à un ID d'invitation : lettres, chiffres, - et _ uniquement.",

  'settings.title': 'Paramètres et à propos',
  'settings.about':
    'Gérez les invitations Google Classroom depuis le panneau latéral : inviter, rechercher, changer de rôle, révoquer et accepter.',
  'settings.account': 'Compte',
  'settings.language': 'Langue',
  'settings.language.value': 'Français (selon votre compte Google)',
  'settings.triggers': 'Tâches en arrière-plan',
  'settings.triggers.none': "Aucune tâche en arrière-plan n'est installée.",
  'settings.triggers.item': 'Exécute {handler} toutes les heures',
  'settings.triggers.remove': 'Supprimer',
  'settings.triggers.removed': 'Tâche en arrière-plan supprimée.',
  'settings.privacy':
    'Vos données restent chez Google : le module ne garde que vos tâches en cours, dans votre propre espace utilisateur.',

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
    "Ce cours est archivé ou fermé aux modifications. Demandez à son enseignant de le restaurer dans Classroom, puis réessayez.",
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
  'err.accept.denied': 'Seule la personne invitée peut accepter cette invitation, depuis son propre compte Google.',
  'err.delete.denied':
    'Seuls les enseignants du cours, un administrateur ou la personne invitée peuvent supprimer cette invitation.',
  'err.list.denied': 'Vous ne pouvez pas voir les invitations de ce cours : seuls ses enseignants le peuvent.',
  'err.course.denied': "Vous n'êtes pas membre de ce cours.",
  'err.alreadyInvited': '{email} a déjà une invitation pour ce cours. Révoquez-la d’abord pour changer le rôle.',
  'err.create.alreadyMemberOrDisabled':
    "{email} est déjà dans ce cours avec ce rôle ou un rôle supérieur, ou son compte est suspendu. Rien à faire, ou demandez à votre administrateur de rétablir le compte.",
  'err.precondition': "Classroom a refusé la modification dans l'état actuel du cours.",
  'err.invalidArgument': "Classroom a rejeté la demande. Vérifiez l'adresse et le rôle, puis réessayez.",
  'err.rateLimited': 'Classroom reçoit trop de demandes. Patientez une minute, puis réessayez.',
  'err.unauthenticated': 'Votre connexion a expiré. Fermez puis rouvrez le module.',
  'err.unavailable': 'Classroom rencontre un problème temporaire. Réessayez dans quelques minutes.',
  'err.unknown': "Un problème est survenu ({detail}). Réessayez ; si cela persiste, rouvrez le module.",
  'err.badEvent': 'Cette action est périmée. Revenez en arrière et réessayez.',
  'err.internal': 'Un problème est survenu de notre côté. Revenez en arrière et réessayez.',
};
