import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_ROUTES,
  CreateProfileRequest,
  ProfileBuildView,
  ProfileVersionView,
  ProfileView,
  SaveVersionRequest,
  UpdateProfileRequest,
  VersionDiffView,
} from '@kem/contracts';
import { Observable } from 'rxjs';
import { ResourceClient } from './resource-client';
import { loadOnce, Loader } from './loader';

/**
 * Weight profiles: the live ones with the weights of the version each serves (profile pickers, the
 * methodology page, subscriptions) and, for admins, archived ones, versions, diffs, reverts and the
 * index rebuild progress.
 */
@Injectable({ providedIn: 'root' })
export class ProfilesApi {
  private readonly http = inject(HttpClient);
  private readonly records = new ResourceClient<ProfileView, CreateProfileRequest, UpdateProfileRequest>(
    API_ROUTES.profiles,
    API_ROUTES.profile,
  );

  /** Live profiles; archived ones too with `includeArchived` (admins). */
  list(options: { includeArchived?: boolean } = {}): Observable<ProfileView[]> {
    return this.http.get<ProfileView[]>(API_ROUTES.profiles, { params: options.includeArchived ? { includeArchived: 'true' } : {} });
  }

  create(request: CreateProfileRequest): Observable<ProfileView> {
    return this.records.create(request);
  }

  /** Renames, re-describes, archives (`archived: true`) or restores a profile. */
  update(id: number, patch: UpdateProfileRequest): Observable<ProfileView> {
    return this.records.update(id, patch);
  }

  /** Newest first. */
  versions(id: number): Observable<ProfileVersionView[]> {
    return this.http.get<ProfileVersionView[]>(API_ROUTES.profileVersions(id));
  }

  diff(id: number, from: number, to: number): Observable<VersionDiffView> {
    return this.http.get<VersionDiffView>(API_ROUTES.profileVersionsDiff(id), { params: { from, to } });
  }

  /** A new immutable version; the API rebuilds its index in the background (see `build`). */
  saveVersion(id: number, request: SaveVersionRequest): Observable<ProfileVersionView> {
    return this.http.post<ProfileVersionView>(API_ROUTES.profileVersions(id), request);
  }

  /** A new version with the weights and method of version `number`. */
  revert(id: number, number: number, note: string): Observable<ProfileVersionView> {
    return this.http.post<ProfileVersionView>(API_ROUTES.profileVersionRevert(id, number), { note });
  }

  /** Progress of the newest version's index and whether the dashboard serves it yet. */
  build(id: number): Observable<ProfileBuildView> {
    return this.http.get<ProfileBuildView>(API_ROUTES.profileBuild(id));
  }
}

/** The live weight profiles (GET /api/profiles), loaded once for a view. Call in an injection context. */
export function profilesLoader(): Loader<ProfileView[]> {
  const api = inject(ProfilesApi);
  return loadOnce(() => api.list());
}
