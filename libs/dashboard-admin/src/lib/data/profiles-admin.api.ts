import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_ROUTES,
  CreateProfileRequest,
  ProfileBuildView,
  ProfileVersionView,
  ProfileView,
  SaveVersionRequest,
  ScoreHistoryView,
  UpdateProfileRequest,
  VersionDiffView,
} from '@kem/contracts';
import { Observable } from 'rxjs';

const profile = (id: number) => `${API_ROUTES.profiles}/${id}`;

/** Weight profiles for admins: versions, diffs, reverts, index rebuild progress, and the score table behind the live preview. */
@Injectable({ providedIn: 'root' })
export class ProfilesAdminApi {
  private readonly http = inject(HttpClient);

  /** Every profile; archived ones too unless `includeArchived` is false. */
  list(includeArchived = true): Observable<ProfileView[]> {
    return this.http.get<ProfileView[]>(API_ROUTES.profiles, { params: includeArchived ? { includeArchived: 'true' } : {} });
  }

  create(request: CreateProfileRequest): Observable<ProfileView> {
    return this.http.post<ProfileView>(API_ROUTES.profiles, request);
  }

  /** Renames, re-describes, archives (`archived: true`) or restores a profile. */
  update(id: number, patch: UpdateProfileRequest): Observable<ProfileView> {
    return this.http.patch<ProfileView>(profile(id), patch);
  }

  /** Newest first. */
  versions(id: number): Observable<ProfileVersionView[]> {
    return this.http.get<ProfileVersionView[]>(`${profile(id)}/versions`);
  }

  diff(id: number, from: number, to: number): Observable<VersionDiffView> {
    return this.http.get<VersionDiffView>(`${profile(id)}/versions/diff`, { params: { from, to } });
  }

  /** A new immutable version; the API rebuilds its index in the background (see `build`). */
  saveVersion(id: number, request: SaveVersionRequest): Observable<ProfileVersionView> {
    return this.http.post<ProfileVersionView>(`${profile(id)}/versions`, request);
  }

  /** A new version with the weights and method of version `number`. */
  revert(id: number, number: number, note: string): Observable<ProfileVersionView> {
    return this.http.post<ProfileVersionView>(`${profile(id)}/versions/${number}/revert`, { note });
  }

  /** Progress of the newest version's index and whether the dashboard serves it yet. */
  build(id: number): Observable<ProfileBuildView> {
    return this.http.get<ProfileBuildView>(`${profile(id)}/build`);
  }

  /** Every indicator's daily score (the same under any weights): fetched once, re-weighted in the browser. */
  scoreHistory(range: { from?: string; to?: string } = {}): Observable<ScoreHistoryView> {
    const params: Record<string, string> = {};
    if (range.from) params['from'] = range.from;
    if (range.to) params['to'] = range.to;
    return this.http.get<ScoreHistoryView>(API_ROUTES.indexScores, { params });
  }
}
