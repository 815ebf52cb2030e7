import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, ProfileView } from '@kem/contracts';
import { Observable } from 'rxjs';

/**
 * Weight profiles for the profile picker. (Belongs in @kem/dashboard-core beside IndexApi; kept here
 * until it moves there.)
 */
@Injectable({ providedIn: 'root' })
export class OverviewProfilesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<ProfileView[]> {
    return this.http.get<ProfileView[]>(API_ROUTES.profiles);
  }
}
