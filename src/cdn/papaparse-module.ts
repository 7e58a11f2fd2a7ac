/**
 * papaparse as an ES module (`dist/cdn/vendor/papaparse.js`), for pages that load the package's npm files through
 * an import map: papaparse ships only a UMD file, which a browser cannot import. The CSV reader and writer import
 * its default export; bundlers and the CDN builds resolve `papaparse` themselves.
 */
import Papa from 'papaparse';

export default Papa;
