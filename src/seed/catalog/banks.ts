/** Ukrainian banks with their real МФО (bank codes), weighted by how often businesses bank there. */
export interface Bank {
  name: string;
  mfo: string;
  weight: number;
}

export const BANKS: Bank[] = [
  { name: 'АТ КБ «ПриватБанк»', mfo: '305299', weight: 30 },
  { name: 'АТ «Ощадбанк»', mfo: '300465', weight: 12 },
  { name: 'АТ «Райффайзен Банк»', mfo: '380805', weight: 10 },
  { name: 'АТ «ПУМБ»', mfo: '334851', weight: 10 },
  { name: 'АТ «Укрексімбанк»', mfo: '322313', weight: 5 },
  { name: 'АТ «Універсал Банк» (monobank)', mfo: '322001', weight: 10 },
  { name: 'АТ АБ «Укргазбанк»', mfo: '320478', weight: 6 },
  { name: 'АТ «ОТП Банк»', mfo: '300528', weight: 5 },
  { name: 'АТ «Кредобанк»', mfo: '325365', weight: 4 },
  { name: 'АТ «Сенс Банк»', mfo: '300346', weight: 8 },
];
