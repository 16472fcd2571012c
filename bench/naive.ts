// The naive add-on the benchmark compares against: plain Apps Script with one advanced-service call per person and
// one profile lookup per invitation, all in sequence. Written as a tiny bundle folder the Emulator loads like dist/.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Functions the naive bundle defines; each runs as a 'trigger' execution and returns plain JSON. */
export const NAIVE = {
  invite: 'naiveInvite',
  homepage: 'naiveHomepage',
  course: 'naiveCourse',
  sheetPreview: 'naiveSheetPreview',
  sheetSync: 'naiveSheetSync',
  gmail: 'naiveGmailPeople',
} as const;

// Plain ES2019 on purpose: this is what a first version of the add-on would look like, no build step.
const CODE = `
function naiveListAll(list, args, field) {
  var out = [];
  var pageToken;
  do {
    var query = Object.assign({}, args);
    if (pageToken) query.pageToken = pageToken;
    var page = list(query);
    (page[field] || []).forEach(function (x) { out.push(x); });
    pageToken = page.nextPageToken;
  } while (pageToken);
  return out;
}

function naiveProfile(userId) {
  try {
    var p = Classroom.UserProfiles.get(userId);
    return { id: p.id, email: p.emailAddress, name: p.name && p.name.fullName };
  } catch (e) {
    return { id: userId, email: '', name: '' };
  }
}

/** e: { courseId, role, emails }: one invitations.create per address, in sequence. */
function naiveInvite(e) {
  var counts = { invited: 0, already: 0, failed: 0 };
  e.emails.forEach(function (email) {
    try {
      Classroom.Invitations.create({ courseId: e.courseId, userId: email, role: e.role });
      counts.invited++;
    } catch (err) {
      if (String(err.message).indexOf('already exists') >= 0) counts.already++;
      else counts.failed++;
    }
  });
  return counts;
}

/** The homepage: my profile, my invitations, the courses I teach, each course's invitations and their invitees. */
function naiveHomepage() {
  var me = naiveProfile('me');
  var mine = naiveListAll(Classroom.Invitations.list, { userId: 'me' }, 'invitations');
  var courses = naiveListAll(Classroom.Courses.list, { teacherId: 'me', courseStates: ['ACTIVE', 'PROVISIONED'] }, 'courses');
  var teaching = courses.map(function (c) {
    var pending = naiveListAll(Classroom.Invitations.list, { courseId: c.id }, 'invitations');
    return { id: c.id, pending: pending.map(function (inv) { return naiveProfile(inv.userId).email; }) };
  });
  return { me: me.email, mine: mine.length, teaching: teaching };
}

/** A course card: the course, its pending invitations and one profile lookup per invitation. */
function naiveCourse(e) {
  var course = Classroom.Courses.get(e.courseId);
  var pending = naiveListAll(Classroom.Invitations.list, { courseId: e.courseId }, 'invitations');
  return {
    course: course.name,
    pending: pending.map(function (inv) { return naiveProfile(inv.userId).email; }),
  };
}

/** The roster sheet by id: header row first, then course (id or exact name), email, role. */
function naiveRows(e) {
  var values = SpreadsheetApp.openById(e.spreadsheetId).getSheets()[0].getDataRange().getValues();
  var courses = naiveListAll(Classroom.Courses.list, { teacherId: 'me', courseStates: ['ACTIVE'] }, 'courses');
  var byName = {};
  courses.forEach(function (c) { byName[c.name] = c.id; byName[c.id] = c.id; });
  return values.slice(1).map(function (r) {
    return { courseId: byName[r[0]], email: String(r[1]).toLowerCase(), role: String(r[2]).toUpperCase() };
  });
}

/** The sync preview, one call per row: is this person already invited to this course? */
function naiveSheetPreview(e) {
  var rows = naiveRows(e);
  var pending = 0;
  rows.forEach(function (r) {
    var found = Classroom.Invitations.list({ courseId: r.courseId, userId: r.email }).invitations || [];
    if (found.length > 0) pending++;
  });
  return { rows: rows.length, pending: pending };
}

/** The sync, one call per row: invitations.create, then the row's status cell. */
function naiveSheetSync(e) {
  var sheet = SpreadsheetApp.openById(e.spreadsheetId).getSheets()[0];
  var rows = naiveRows(e);
  var counts = { invited: 0, already: 0, failed: 0 };
  rows.forEach(function (r, i) {
    var status;
    try {
      Classroom.Invitations.create({ courseId: r.courseId, userId: r.email, role: r.role });
      counts.invited++;
      status = 'Invited';
    } catch (err) {
      if (String(err.message).indexOf('already exists') >= 0) { counts.already++; status = 'Already invited'; }
      else { counts.failed++; status = 'Failed'; }
    }
    sheet.getRange(i + 2, 5).setValue(status);
  });
  return counts;
}

/** e: { emails }: where each person stands, by opening each course I teach in turn (roster and invitations). */
function naiveGmailPeople(e) {
  var courses = naiveListAll(Classroom.Courses.list, { teacherId: 'me', courseStates: ['ACTIVE', 'PROVISIONED'] }, 'courses');
  var wanted = {};
  e.emails.forEach(function (x) { wanted[x] = []; });
  courses.forEach(function (c) {
    var students = naiveListAll(function (q) { return Classroom.Courses.Students.list(c.id, q); }, {}, 'students');
    var teachers = naiveListAll(function (q) { return Classroom.Courses.Teachers.list(c.id, q); }, {}, 'teachers');
    students.concat(teachers).forEach(function (m) {
      var email = m.profile && m.profile.emailAddress;
      if (email && wanted[email]) wanted[email].push(c.name);
    });
    naiveListAll(Classroom.Invitations.list, { courseId: c.id }, 'invitations').forEach(function (inv) {
      var email = naiveProfile(inv.userId).email;
      if (wanted[email]) wanted[email].push('invited: ' + c.name);
    });
  });
  return wanted;
}
`;

const MANIFEST = {
  timeZone: 'Etc/UTC',
  runtimeVersion: 'V8',
  dependencies: { enabledAdvancedServices: [{ userSymbol: 'Classroom', serviceId: 'classroom', version: 'v1' }] },
  // SpreadsheetApp needs the spreadsheets scope (Apps Script reference): a naive script asks for it.
  oauthScopes: ['https://www.googleapis.com/auth/classroom.rosters', 'https://www.googleapis.com/auth/spreadsheets'],
};

/** Writes the naive bundle (Code.js + appsscript.json) into a fresh temporary folder and returns its path. */
export function writeNaiveBundle(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ci-naive-'));
  writeFileSync(join(dir, 'Code.js'), CODE);
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify(MANIFEST, null, 2));
  return dir;
}
