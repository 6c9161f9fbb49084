import { z } from 'zod';
import {
  bool, choice, date, id, idInput, input, int, longText, optionalBool, optionalChoice, optionalDate, optionalId, optionalInt, optionalText, text,
} from '../fields';
import { method } from '../define';
import {
  COMMITTEE_KINDS, COMMITTEE_STATUSES, DECISION_MODES, MEMBERSHIP_CATEGORIES, MEMBERSHIP_ROLES, QUORUM_RULES,
} from '../../domain/enums';
import { berlinToday } from '../../domain/clock';
import { COMMITTEE_LABELS as C, committeeCrud, getCommittee } from '../../services/committees/committees';
import {
  endMembership, listMemberships, MEMBERSHIP_LABELS as M, membershipCrud, replaceHolder,
} from '../../services/committees/memberships';
import { currentRules, listRules, RULES_LABELS as R, rulesCrud } from '../../services/committees/rules';

const committeeFields = {
  kind: choice(C.kind, COMMITTEE_KINDS),
  name: text(C.name, 200),
  shortName: optionalText(C.shortName, 40),
  mandate: longText(C.mandate, 5000),
  status: choice(C.status, COMMITTEE_STATUSES),
  commissionedByDecisionId: optionalId(C.commissionedByDecisionId),
  leadPersonId: optionalId(C.leadPersonId),
  leadOrganisationId: optionalId(C.leadOrganisationId),
  municipalityId: optionalId(C.municipalityId),
  startDate: optionalDate(C.startDate),
  plannedEndDate: optionalDate(C.plannedEndDate),
  endDate: optionalDate(C.endDate),
  closingResult: longText(C.closingResult, 5000),
};

const seatFields = {
  seatLabel: optionalText(M.seatLabel, 200),
  organisationId: optionalId(M.organisationId),
  personId: optionalId(M.personId),
  deputyPersonId: optionalId(M.deputyPersonId),
  role: choice(M.role, MEMBERSHIP_ROLES),
  category: optionalChoice(M.category, MEMBERSHIP_CATEGORIES),
  occasional: bool(M.occasional).default(false),
  validFrom: optionalDate(M.validFrom),
  validTo: optionalDate(M.validTo),
  note: longText(M.note, 2000),
};

const rulesFields = {
  adoptedOn: optionalDate(R.adoptedOn),
  version: text(R.version, 60),
  quorumRule: choice(R.quorumRule, QUORUM_RULES).default('MORE_THAN_HALF'),
  deputiesCount: bool(R.deputiesCount).default(true),
  noticePeriodDays: int(R.noticePeriodDays, 0, 365).default(14),
  decisionMode: choice(R.decisionMode, DECISION_MODES).default('CONSENSUS'),
  meetingsPerYear: optionalInt(R.meetingsPerYear, 1, 52),
  documentId: optionalId(R.documentId),
  validFrom: optionalDate(R.validFrom),
  validTo: optionalDate(R.validTo),
};

const committeeId = { committeeId: id(M.committeeId) };
const memberWrites = ['committee_memberships', 'committees'] as const;
const rulesWrites = ['rules_of_procedure'] as const;

/** Committees of any kind, their roster (seats with history) and their Geschäftsordnung. */
export const committeeMethods = {
  'committees.get': method({ input: idInput(), run: (ctx, { id: key }) => getCommittee(ctx, key) }),
  'committees.create': method({
    input: input(committeeFields),
    writes: ['committees'],
    run: (ctx, values) => committeeCrud.create(ctx, values),
  }),
  'committees.update': method({
    input: input({ id: id(), ...committeeFields }),
    writes: ['committees'],
    run: (ctx, { id: key, ...values }) => committeeCrud.update(ctx, key, values),
  }),
  'committees.delete': method({
    input: idInput(),
    writes: ['committees'],
    run: (ctx, { id: key }) => committeeCrud.remove(ctx, key),
  }),

  'memberships.list': method({
    input: input({ ...committeeId, on: optionalDate('Stichtag'), includeHistory: optionalBool('Frühere Besetzungen zeigen') }),
    run: (ctx, filter) => listMemberships(ctx, filter),
  }),
  'memberships.create': method({
    input: input({ ...committeeId, ...seatFields }),
    writes: memberWrites,
    run: (ctx, values) => membershipCrud.create(ctx, values),
  }),
  'memberships.update': method({
    input: input({ id: id(), ...seatFields }),
    writes: memberWrites,
    run: (ctx, { id: key, ...values }) => membershipCrud.update(ctx, key, values),
  }),
  'memberships.delete': method({
    input: idInput(),
    writes: memberWrites,
    run: (ctx, { id: key }) => membershipCrud.remove(ctx, key),
  }),
  'memberships.end': method({
    input: input({ id: id(), validTo: date(M.validTo) }),
    writes: memberWrites,
    run: (ctx, { id: key, validTo }) => endMembership(ctx, key, validTo),
  }),
  'memberships.replaceHolder': method({
    input: input({
      id: id(),
      from: date('Wechsel zum'),
      personId: id('Neues Mitglied'),
      deputyPersonId: z.union([id(M.deputyPersonId), z.null()], { error: `${M.deputyPersonId}: Ungültige Kennung.` }).optional(),
    }),
    writes: memberWrites,
    run: (ctx, values) => replaceHolder(ctx, values),
  }),

  'rules.list': method({ input: input(committeeId), run: (ctx, { committeeId: key }) => listRules(ctx, key) }),
  'rules.current': method({
    input: input({ ...committeeId, on: optionalDate('Stichtag') }),
    run: (ctx, { committeeId: key, on }) => currentRules(ctx, key, on ?? berlinToday(ctx.clock)),
  }),
  'rules.create': method({
    input: input({ ...committeeId, ...rulesFields }),
    writes: rulesWrites,
    run: (ctx, values) => rulesCrud.create(ctx, values),
  }),
  'rules.update': method({
    input: input({ id: id(), ...rulesFields }),
    writes: rulesWrites,
    run: (ctx, { id: key, ...values }) => rulesCrud.update(ctx, key, values),
  }),
  'rules.delete': method({
    input: idInput(),
    writes: rulesWrites,
    run: (ctx, { id: key }) => rulesCrud.remove(ctx, key),
  }),
};
