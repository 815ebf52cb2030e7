import { WeightProfileEntity, WeightProfileVersionEntity } from '@kem/api-data';
import { authorLabel, ProfileVersionView, ProfileView } from '@kem/contracts';

export function toVersionView(v: WeightProfileVersionEntity): ProfileVersionView {
  return {
    id: v.id,
    number: v.number,
    weights: v.weights,
    method: v.method,
    peakChannel: v.peakChannel,
    note: v.note,
    author: authorLabel(v.author),
    createdAt: v.createdAt.toISOString(),
  };
}

export function toProfileView(p: WeightProfileEntity, active: WeightProfileVersionEntity | null): ProfileView {
  return {
    id: p.id,
    slug: p.slug,
    name: p.name,
    description: p.description,
    archived: p.archived,
    activeVersion: active ? toVersionView(active) : null,
  };
}
