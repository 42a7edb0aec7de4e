import type { DutyList } from '../model/duty-list.js';
import type { AdmissionRequest, AdmissionStep } from './request.js';

/** A village work list with one assisting duty and one prohibited item. */
export const villageList: DutyList = {
  id: 'longping-2024',
  kind: 'village',
  title: '垅坪村工作事项清单',
  division: { code: '421127104201', name: '垅坪村', level: 'village' },
  issuer: { name: '黄梅县五祖镇人民政府' },
  status: 'published',
  offices: [],
  departments: [{ key: 'ybj', name: '黄梅县医疗保障局' }],
  duties: [
    {
      section: 'assisting',
      key: 'XZ-01',
      name: '协助开展城乡居民医保参保登记',
      legalBases: [],
      offices: [],
      requestingDepartments: ['ybj'],
      resources: { funding: { amountPerYear: 3000 } },
    },
    {
      section: 'prohibited',
      key: 'JR-01',
      name: '出具房屋安全证明',
      legalBases: [],
      offices: [],
    },
  ],
};

const by = (name: string) => ({ name });

/** Every step of a procedure that ends in a collective decision to admit. */
export const fullProcedure: AdmissionStep[] = [
  { step: 'application', by: by('黄梅县民政局'), on: '2025-03-01', evidence: [] },
  { step: 'acceptance', by: by('中共黄梅县委社会工作部'), on: '2025-03-05', evidence: [] },
  {
    step: 'evaluation',
    by: by('中共黄梅县委社会工作部'),
    on: '2025-03-20',
    evidence: [{ title: '准入评估报告' }],
    necessary: true,
    highlySpecialised: false,
    crossDepartment: false,
  },
  {
    step: 'consultation',
    by: by('黄梅县民政局'),
    on: '2025-04-02',
    evidence: [],
    consulted: ['五祖镇', '垅坪村'],
    agreed: true,
  },
  {
    step: 'matching',
    by: by('黄梅县委编办'),
    on: '2025-04-10',
    evidence: [],
    resources: { funding: { amountPerYear: 6000, source: '县级财政' } },
  },
  {
    step: 'decision',
    by: by('中共黄梅县委常委会会议'),
    on: '2025-04-28',
    evidence: [{ title: '会议纪要', documentNumber: '梅常纪〔2025〕9号' }],
    outcome: 'admitted',
    collective: true,
    meeting: '县委常委会2025年第9次会议',
  },
];

/** A request to have the village help visit elderly people living alone, fully admitted. */
export const admittedRequest: AdmissionRequest = {
  id: 'ZR-2025-003',
  title: '协助开展独居老人探访',
  requestingDepartment: { key: 'mzj', name: '黄梅县民政局' },
  duty: {
    section: 'assisting',
    key: 'XZ-02',
    name: '协助开展独居老人探访关爱',
    legalBases: [
      {
        instrument: { title: '湖北省养老服务条例', rank: 'local-regulation' },
        provisions: [{ article: 30 }],
      },
    ],
    offices: [],
    requestingDepartments: [],
  },
  targets: [{ code: '421127104201', name: '垅坪村' }],
  means: 'list-entry',
  procedure: fullProcedure,
};
