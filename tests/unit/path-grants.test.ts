import { describe, expect, it } from 'vitest';
import { PathGrants } from '../../preload/path-grants';

describe('paths the page may import', () => {
  it('allows only paths the user dropped, and names the first other one', () => {
    const grants = new PathGrants();
    grants.grant('/home/ana/transcripts/62149.html');
    grants.grant('/home/ana/transcripts');
    expect(grants.refusal(['/home/ana/transcripts/62149.html', '/home/ana/transcripts'])).toBeNull();
    expect(grants.refusal(['/home/ana/transcripts/62149.html', '/home/ana/.ssh/config'])).toMatch(/^Refused to import \/home\/ana\/\.ssh\/config:/);
    expect(grants.grant('')).toBe('');
    expect(grants.refusal([''])).not.toBeNull();
  });

  it('allows files inside a dropped folder, but not a way out of it', () => {
    const grants = new PathGrants();
    grants.grant('/data/speeches');
    expect(grants.refusal(['/data/speeches/2019/a.csv'])).toBeNull();
    expect(grants.refusal(['/data/speeches/../secrets.txt'])).not.toBeNull();
    expect(grants.refusal(['/data/speeches-private/a.csv'])).not.toBeNull();
  });

  it('allows a file an import reported back (a dataset chosen in the dialog, to map its columns)', () => {
    const grants = new PathGrants();
    expect(grants.refusal(['/chosen/in/dialog.csv'])).not.toBeNull();
    grants.grantReported({ documents: [], skipped: [], failed: [{ path: '/chosen/in/dialog.csv', error: 'No text column', columns: ['a'] }] });
    expect(grants.refusal(['/chosen/in/dialog.csv'])).toBeNull();
  });
});
