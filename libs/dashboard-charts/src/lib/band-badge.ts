import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { bandColours } from '@kem/scoring';

/** A band's name on its colour: the colour helps, the word carries the meaning. */
@Component({
  selector: 'kem-band-badge',
  template: `<span class="badge" [attr.data-band]="band()" [style.background]="style().color" [style.color]="style().text">{{
    label()
  }}</span>`,
  styles: `
    :host {
      display: inline-block;
    }
    .badge {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 999px;
      font-weight: 600;
      font-size: 0.875rem;
      line-height: 1.5;
      letter-spacing: 0.02em;
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BandBadge {
  readonly band = input.required<string>();
  readonly label = input.required<string>();
  readonly style = computed(() => bandColours(this.band()));
}
