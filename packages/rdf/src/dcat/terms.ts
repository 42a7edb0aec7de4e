import { namespaces } from '@qingdan/vocab';
import { DataFactory } from 'n3';

const { namedNode } = DataFactory;

const term = (n: keyof typeof namespaces, local: string) => namedNode(`${namespaces[n]}${local}`);

/** The DCAT 3, DCMI, PROV and SPDX terms the catalog uses. */
export const dcatTerms = {
  type: term('rdf', 'type'),
  label: term('rdfs', 'label'),
  notation: term('skos', 'notation'),
  Catalog: term('dcat', 'Catalog'),
  Dataset: term('dcat', 'Dataset'),
  DatasetSeries: term('dcat', 'DatasetSeries'),
  Distribution: term('dcat', 'Distribution'),
  dataset: term('dcat', 'dataset'),
  distribution: term('dcat', 'distribution'),
  inSeries: term('dcat', 'inSeries'),
  previousVersion: term('dcat', 'previousVersion'),
  version: term('dcat', 'version'),
  mediaType: term('dcat', 'mediaType'),
  byteSize: term('dcat', 'byteSize'),
  downloadURL: term('dcat', 'downloadURL'),
  accessURL: term('dcat', 'accessURL'),
  title: term('dct', 'title'),
  description: term('dct', 'description'),
  license: term('dct', 'license'),
  LicenseDocument: term('dct', 'LicenseDocument'),
  contactPoint: term('dcat', 'contactPoint'),
  landingPage: term('dcat', 'landingPage'),
  Kind: term('vcard', 'Kind'),
  fn: term('vcard', 'fn'),
  hasEmail: term('vcard', 'hasEmail'),
  hasURL: term('vcard', 'hasURL'),
  identifier: term('dct', 'identifier'),
  publisher: term('dct', 'publisher'),
  spatial: term('dct', 'spatial'),
  issued: term('dct', 'issued'),
  modified: term('dct', 'modified'),
  conformsTo: term('dct', 'conformsTo'),
  Location: term('dct', 'Location'),
  Agent: term('foaf', 'Agent'),
  name: term('foaf', 'name'),
  wasRevisionOf: term('prov', 'wasRevisionOf'),
  checksum: term('spdx', 'checksum'),
  Checksum: term('spdx', 'Checksum'),
  algorithm: term('spdx', 'algorithm'),
  checksumValue: term('spdx', 'checksumValue'),
  sha256: term('spdx', 'checksumAlgorithm_sha256'),
  date: term('xsd', 'date'),
  nonNegativeInteger: term('xsd', 'nonNegativeInteger'),
  hexBinary: term('xsd', 'hexBinary'),
} as const;
