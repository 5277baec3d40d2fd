// `--type`: the words a user reaches for (the reader says "People", "Organisations", "Places") mapped to an entity type.
import type { EntityType } from '../analysis/types';
import { UsageError } from './args';

const NAMES: Record<string, EntityType> = {
  person: 'person', persons: 'person', people: 'person', per: 'person',
  organization: 'organization', organizations: 'organization', organisation: 'organization', organisations: 'organization',
  org: 'organization', orgs: 'organization',
  place: 'place', places: 'place', location: 'place', locations: 'place', loc: 'place',
};

/** "Org" → 'organization'. Throws UsageError naming the accepted words for anything else. */
export function parseEntityType(text: string): EntityType {
  const type = Object.hasOwn(NAMES, text.toLowerCase()) ? NAMES[text.toLowerCase()] : undefined;
  if (!type) throw new UsageError(`--type takes person (people), organization (org, organisation) or place (location), not '${text}'`);
  return type;
}
