// How often an article tags each name with each type: document-level evidence settles a name's
// type by its majority (harmonise, completeNames).
import type { TagType } from './decode';

export class TypeVotes {
  private readonly votes = new Map<string, Map<TagType, number>>();

  add(name: string, type: TagType): void {
    let v = this.votes.get(name);
    if (!v) this.votes.set(name, (v = new Map()));
    v.set(type, (v.get(type) ?? 0) + 1);
  }

  /** The type most often given to `name` (the first given, among equals); undefined when it has no votes. */
  majority(name: string): TagType | undefined {
    const v = this.votes.get(name);
    return v && [...v].sort((a, b) => b[1] - a[1])[0][0];
  }

  names(): IterableIterator<string> {
    return this.votes.keys();
  }
}
