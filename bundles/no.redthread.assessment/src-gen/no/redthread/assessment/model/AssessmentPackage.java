/**
 * Redthread: generated from model/assessment.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.assessment.model;

import no.redthread.model.plan.PlanPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Assessments: a worksheet (form template) filled in for one plan or case of the shared plan model.
 * An assessment names its template by id and version and keeps one answer per question; answers refer to the template by stable question id, so they survive a template upgrade (answers to removed questions are kept, marked orphaned).
 * <!-- end-model-doc -->
 * @see no.redthread.assessment.model.AssessmentFactory
 * @model kind="package"
 * @generated
 */
public interface AssessmentPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://redthread.no/model/assessment/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "assessment";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AssessmentPackage eINSTANCE = no.redthread.assessment.model.impl.AssessmentPackageImpl.init();

	/**
	 * The meta object id for the '{@link no.redthread.assessment.model.impl.AssessmentSetImpl <em>Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.assessment.model.impl.AssessmentSetImpl
	 * @see no.redthread.assessment.model.impl.AssessmentPackageImpl#getAssessmentSet()
	 * @generated
	 */
	int ASSESSMENT_SET = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_SET__ID = PlanPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_SET__NAME = PlanPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Assessments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_SET__ASSESSMENTS = PlanPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_SET_FEATURE_COUNT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_SET_OPERATION_COUNT = PlanPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link no.redthread.assessment.model.impl.AssessmentImpl <em>Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.assessment.model.impl.AssessmentImpl
	 * @see no.redthread.assessment.model.impl.AssessmentPackageImpl#getAssessment()
	 * @generated
	 */
	int ASSESSMENT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ID = PlanPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__NAME = PlanPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Template Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__TEMPLATE_ID = PlanPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Template Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__TEMPLATE_VERSION = PlanPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__PLAN = PlanPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Case</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__CASE = PlanPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Previous</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__PREVIOUS = PlanPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__STATUS = PlanPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__CREATED_BY = PlanPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__CREATED_AT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Status Changed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__STATUS_CHANGED_BY = PlanPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Status Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__STATUS_CHANGED_AT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Answers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ANSWERS = PlanPackage.IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Conclusions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__CONCLUSIONS = PlanPackage.IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_FEATURE_COUNT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The operation id for the '<em>Subject</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT___SUBJECT = PlanPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Answer To</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT___ANSWER_TO__STRING = PlanPackage.IDENTIFIED_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_OPERATION_COUNT = PlanPackage.IDENTIFIED_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link no.redthread.assessment.model.impl.ConclusionImpl <em>Conclusion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.assessment.model.impl.ConclusionImpl
	 * @see no.redthread.assessment.model.impl.AssessmentPackageImpl#getConclusion()
	 * @generated
	 */
	int CONCLUSION = 2;

	/**
	 * The feature id for the '<em><b>Dimension Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCLUSION__DIMENSION_ID = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCLUSION__TEXT = 1;

	/**
	 * The number of structural features of the '<em>Conclusion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCLUSION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Conclusion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCLUSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link no.redthread.assessment.model.impl.AnswerImpl <em>Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.assessment.model.impl.AnswerImpl
	 * @see no.redthread.assessment.model.impl.AssessmentPackageImpl#getAnswer()
	 * @generated
	 */
	int ANSWER = 3;

	/**
	 * The feature id for the '<em><b>Question Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__QUESTION_ID = 0;

	/**
	 * The feature id for the '<em><b>Option Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__OPTION_ID = 1;

	/**
	 * The feature id for the '<em><b>Justification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__JUSTIFICATION = 2;

	/**
	 * The feature id for the '<em><b>Evidence Goals</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__EVIDENCE_GOALS = 3;

	/**
	 * The feature id for the '<em><b>Evidence Measures</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__EVIDENCE_MEASURES = 4;

	/**
	 * The feature id for the '<em><b>Evidence Indicators</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__EVIDENCE_INDICATORS = 5;

	/**
	 * The feature id for the '<em><b>Answered By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__ANSWERED_BY = 6;

	/**
	 * The feature id for the '<em><b>Answered At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__ANSWERED_AT = 7;

	/**
	 * The feature id for the '<em><b>Dimension Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__DIMENSION_ID = 8;

	/**
	 * The feature id for the '<em><b>Theme Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__THEME_ID = 9;

	/**
	 * The feature id for the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__RULE_ID = 10;

	/**
	 * The feature id for the '<em><b>Question Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__QUESTION_TEXT = 11;

	/**
	 * The feature id for the '<em><b>Orphaned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__ORPHANED = 12;

	/**
	 * The number of structural features of the '<em>Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link no.redthread.assessment.model.AssessmentStatus <em>Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.assessment.model.AssessmentStatus
	 * @see no.redthread.assessment.model.impl.AssessmentPackageImpl#getAssessmentStatus()
	 * @generated
	 */
	int ASSESSMENT_STATUS = 4;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see no.redthread.assessment.model.impl.AssessmentPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 5;


	/**
	 * Returns the meta object for class '{@link no.redthread.assessment.model.AssessmentSet <em>Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Set</em>'.
	 * @see no.redthread.assessment.model.AssessmentSet
	 * @generated
	 */
	EClass getAssessmentSet();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.assessment.model.AssessmentSet#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see no.redthread.assessment.model.AssessmentSet#getName()
	 * @see #getAssessmentSet()
	 * @generated
	 */
	EAttribute getAssessmentSet_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link no.redthread.assessment.model.AssessmentSet#getAssessments <em>Assessments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assessments</em>'.
	 * @see no.redthread.assessment.model.AssessmentSet#getAssessments()
	 * @see #getAssessmentSet()
	 * @generated
	 */
	EReference getAssessmentSet_Assessments();

	/**
	 * Returns the meta object for class '{@link no.redthread.assessment.model.Assessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assessment</em>'.
	 * @see no.redthread.assessment.model.Assessment
	 * @generated
	 */
	EClass getAssessment();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.assessment.model.Assessment#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see no.redthread.assessment.model.Assessment#getName()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Name();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.assessment.model.Assessment#getTemplateId <em>Template Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template Id</em>'.
	 * @see no.redthread.assessment.model.Assessment#getTemplateId()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_TemplateId();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.assessment.model.Assessment#getTemplateVersion <em>Template Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template Version</em>'.
	 * @see no.redthread.assessment.model.Assessment#getTemplateVersion()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_TemplateVersion();

	/**
	 * Returns the meta object for the reference '{@link no.redthread.assessment.model.Assessment#getPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Plan</em>'.
	 * @see no.redthread.assessment.model.Assessment#getPlan()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Plan();

	/**
	 * Returns the meta object for the reference '{@link no.redthread.assessment.model.Assessment#getCase <em>Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Case</em>'.
	 * @see no.redthread.assessment.model.Assessment#getCase()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Case();

	/**
	 * Returns the meta object for the reference '{@link no.redthread.assessment.model.Assessment#getPrevious <em>Previous</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Previous</em>'.
	 * @see no.redthread.assessment.model.Assessment#getPrevious()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Previous();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.assessment.model.Assessment#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see no.redthread.assessment.model.Assessment#getStatus()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Status();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.assessment.model.Assessment#getCreatedBy <em>Created By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created By</em>'.
	 * @see no.redthread.assessment.model.Assessment#getCreatedBy()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_CreatedBy();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.assessment.model.Assessment#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see no.redthread.assessment.model.Assessment#getCreatedAt()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.assessment.model.Assessment#getStatusChangedBy <em>Status Changed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status Changed By</em>'.
	 * @see no.redthread.assessment.model.Assessment#getStatusChangedBy()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_StatusChangedBy();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.assessment.model.Assessment#getStatusChangedAt <em>Status Changed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status Changed At</em>'.
	 * @see no.redthread.assessment.model.Assessment#getStatusChangedAt()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_StatusChangedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link no.redthread.assessment.model.Assessment#getAnswers <em>Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Answers</em>'.
	 * @see no.redthread.assessment.model.Assessment#getAnswers()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Answers();

	/**
	 * Returns the meta object for the containment reference list '{@link no.redthread.assessment.model.Assessment#getConclusions <em>Conclusions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conclusions</em>'.
	 * @see no.redthread.assessment.model.Assessment#getConclusions()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Conclusions();

	/**
	 * Returns the meta object for the '{@link no.redthread.assessment.model.Assessment#subject() <em>Subject</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Subject</em>' operation.
	 * @see no.redthread.assessment.model.Assessment#subject()
	 * @generated
	 */
	EOperation getAssessment__Subject();

	/**
	 * Returns the meta object for the '{@link no.redthread.assessment.model.Assessment#answerTo(java.lang.String) <em>Answer To</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Answer To</em>' operation.
	 * @see no.redthread.assessment.model.Assessment#answerTo(java.lang.String)
	 * @generated
	 */
	EOperation getAssessment__AnswerTo__String();

	/**
	 * Returns the meta object for class '{@link no.redthread.assessment.model.Conclusion <em>Conclusion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conclusion</em>'.
	 * @see no.redthread.assessment.model.Conclusion
	 * @generated
	 */
	EClass getConclusion();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.assessment.model.Conclusion#getDimensionId <em>Dimension Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dimension Id</em>'.
	 * @see no.redthread.assessment.model.Conclusion#getDimensionId()
	 * @see #getConclusion()
	 * @generated
	 */
	EAttribute getConclusion_DimensionId();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.assessment.model.Conclusion#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see no.redthread.assessment.model.Conclusion#getText()
	 * @see #getConclusion()
	 * @generated
	 */
	EAttribute getConclusion_Text();

	/**
	 * Returns the meta object for class '{@link no.redthread.assessment.model.Answer <em>Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Answer</em>'.
	 * @see no.redthread.assessment.model.Answer
	 * @generated
	 */
	EClass getAnswer();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.assessment.model.Answer#getQuestionId <em>Question Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Question Id</em>'.
	 * @see no.redthread.assessment.model.Answer#getQuestionId()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_QuestionId();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.assessment.model.Answer#getOptionId <em>Option Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Option Id</em>'.
	 * @see no.redthread.assessment.model.Answer#getOptionId()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_OptionId();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.assessment.model.Answer#getJustification <em>Justification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Justification</em>'.
	 * @see no.redthread.assessment.model.Answer#getJustification()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_Justification();

	/**
	 * Returns the meta object for the reference list '{@link no.redthread.assessment.model.Answer#getEvidenceGoals <em>Evidence Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Evidence Goals</em>'.
	 * @see no.redthread.assessment.model.Answer#getEvidenceGoals()
	 * @see #getAnswer()
	 * @generated
	 */
	EReference getAnswer_EvidenceGoals();

	/**
	 * Returns the meta object for the reference list '{@link no.redthread.assessment.model.Answer#getEvidenceMeasures <em>Evidence Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Evidence Measures</em>'.
	 * @see no.redthread.assessment.model.Answer#getEvidenceMeasures()
	 * @see #getAnswer()
	 * @generated
	 */
	EReference getAnswer_EvidenceMeasures();

	/**
	 * Returns the meta object for the attribute list '{@link no.redthread.assessment.model.Answer#getEvidenceIndicators <em>Evidence Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Evidence Indicators</em>'.
	 * @see no.redthread.assessment.model.Answer#getEvidenceIndicators()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_EvidenceIndicators();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.assessment.model.Answer#getAnsweredBy <em>Answered By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answered By</em>'.
	 * @see no.redthread.assessment.model.Answer#getAnsweredBy()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_AnsweredBy();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.assessment.model.Answer#getAnsweredAt <em>Answered At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answered At</em>'.
	 * @see no.redthread.assessment.model.Answer#getAnsweredAt()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_AnsweredAt();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.assessment.model.Answer#getDimensionId <em>Dimension Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dimension Id</em>'.
	 * @see no.redthread.assessment.model.Answer#getDimensionId()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_DimensionId();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.assessment.model.Answer#getThemeId <em>Theme Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Theme Id</em>'.
	 * @see no.redthread.assessment.model.Answer#getThemeId()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_ThemeId();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.assessment.model.Answer#getRuleId <em>Rule Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule Id</em>'.
	 * @see no.redthread.assessment.model.Answer#getRuleId()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_RuleId();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.assessment.model.Answer#getQuestionText <em>Question Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Question Text</em>'.
	 * @see no.redthread.assessment.model.Answer#getQuestionText()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_QuestionText();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.assessment.model.Answer#isOrphaned <em>Orphaned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Orphaned</em>'.
	 * @see no.redthread.assessment.model.Answer#isOrphaned()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_Orphaned();

	/**
	 * Returns the meta object for enum '{@link no.redthread.assessment.model.AssessmentStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Status</em>'.
	 * @see no.redthread.assessment.model.AssessmentStatus
	 * @generated
	 */
	EEnum getAssessmentStatus();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A point in time, serialised as an ISO-8601 instant in UTC (2025-03-14T09:30:00Z).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	AssessmentFactory getAssessmentFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link no.redthread.assessment.model.impl.AssessmentSetImpl <em>Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.assessment.model.impl.AssessmentSetImpl
		 * @see no.redthread.assessment.model.impl.AssessmentPackageImpl#getAssessmentSet()
		 * @generated
		 */
		EClass ASSESSMENT_SET = eINSTANCE.getAssessmentSet();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT_SET__NAME = eINSTANCE.getAssessmentSet_Name();

		/**
		 * The meta object literal for the '<em><b>Assessments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT_SET__ASSESSMENTS = eINSTANCE.getAssessmentSet_Assessments();

		/**
		 * The meta object literal for the '{@link no.redthread.assessment.model.impl.AssessmentImpl <em>Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.assessment.model.impl.AssessmentImpl
		 * @see no.redthread.assessment.model.impl.AssessmentPackageImpl#getAssessment()
		 * @generated
		 */
		EClass ASSESSMENT = eINSTANCE.getAssessment();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__NAME = eINSTANCE.getAssessment_Name();

		/**
		 * The meta object literal for the '<em><b>Template Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__TEMPLATE_ID = eINSTANCE.getAssessment_TemplateId();

		/**
		 * The meta object literal for the '<em><b>Template Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__TEMPLATE_VERSION = eINSTANCE.getAssessment_TemplateVersion();

		/**
		 * The meta object literal for the '<em><b>Plan</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__PLAN = eINSTANCE.getAssessment_Plan();

		/**
		 * The meta object literal for the '<em><b>Case</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__CASE = eINSTANCE.getAssessment_Case();

		/**
		 * The meta object literal for the '<em><b>Previous</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__PREVIOUS = eINSTANCE.getAssessment_Previous();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__STATUS = eINSTANCE.getAssessment_Status();

		/**
		 * The meta object literal for the '<em><b>Created By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__CREATED_BY = eINSTANCE.getAssessment_CreatedBy();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__CREATED_AT = eINSTANCE.getAssessment_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Status Changed By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__STATUS_CHANGED_BY = eINSTANCE.getAssessment_StatusChangedBy();

		/**
		 * The meta object literal for the '<em><b>Status Changed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__STATUS_CHANGED_AT = eINSTANCE.getAssessment_StatusChangedAt();

		/**
		 * The meta object literal for the '<em><b>Answers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__ANSWERS = eINSTANCE.getAssessment_Answers();

		/**
		 * The meta object literal for the '<em><b>Conclusions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__CONCLUSIONS = eINSTANCE.getAssessment_Conclusions();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ASSESSMENT___SUBJECT = eINSTANCE.getAssessment__Subject();

		/**
		 * The meta object literal for the '<em><b>Answer To</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ASSESSMENT___ANSWER_TO__STRING = eINSTANCE.getAssessment__AnswerTo__String();

		/**
		 * The meta object literal for the '{@link no.redthread.assessment.model.impl.ConclusionImpl <em>Conclusion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.assessment.model.impl.ConclusionImpl
		 * @see no.redthread.assessment.model.impl.AssessmentPackageImpl#getConclusion()
		 * @generated
		 */
		EClass CONCLUSION = eINSTANCE.getConclusion();

		/**
		 * The meta object literal for the '<em><b>Dimension Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONCLUSION__DIMENSION_ID = eINSTANCE.getConclusion_DimensionId();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONCLUSION__TEXT = eINSTANCE.getConclusion_Text();

		/**
		 * The meta object literal for the '{@link no.redthread.assessment.model.impl.AnswerImpl <em>Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.assessment.model.impl.AnswerImpl
		 * @see no.redthread.assessment.model.impl.AssessmentPackageImpl#getAnswer()
		 * @generated
		 */
		EClass ANSWER = eINSTANCE.getAnswer();

		/**
		 * The meta object literal for the '<em><b>Question Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__QUESTION_ID = eINSTANCE.getAnswer_QuestionId();

		/**
		 * The meta object literal for the '<em><b>Option Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__OPTION_ID = eINSTANCE.getAnswer_OptionId();

		/**
		 * The meta object literal for the '<em><b>Justification</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__JUSTIFICATION = eINSTANCE.getAnswer_Justification();

		/**
		 * The meta object literal for the '<em><b>Evidence Goals</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANSWER__EVIDENCE_GOALS = eINSTANCE.getAnswer_EvidenceGoals();

		/**
		 * The meta object literal for the '<em><b>Evidence Measures</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANSWER__EVIDENCE_MEASURES = eINSTANCE.getAnswer_EvidenceMeasures();

		/**
		 * The meta object literal for the '<em><b>Evidence Indicators</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__EVIDENCE_INDICATORS = eINSTANCE.getAnswer_EvidenceIndicators();

		/**
		 * The meta object literal for the '<em><b>Answered By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__ANSWERED_BY = eINSTANCE.getAnswer_AnsweredBy();

		/**
		 * The meta object literal for the '<em><b>Answered At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__ANSWERED_AT = eINSTANCE.getAnswer_AnsweredAt();

		/**
		 * The meta object literal for the '<em><b>Dimension Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__DIMENSION_ID = eINSTANCE.getAnswer_DimensionId();

		/**
		 * The meta object literal for the '<em><b>Theme Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__THEME_ID = eINSTANCE.getAnswer_ThemeId();

		/**
		 * The meta object literal for the '<em><b>Rule Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__RULE_ID = eINSTANCE.getAnswer_RuleId();

		/**
		 * The meta object literal for the '<em><b>Question Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__QUESTION_TEXT = eINSTANCE.getAnswer_QuestionText();

		/**
		 * The meta object literal for the '<em><b>Orphaned</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__ORPHANED = eINSTANCE.getAnswer_Orphaned();

		/**
		 * The meta object literal for the '{@link no.redthread.assessment.model.AssessmentStatus <em>Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.assessment.model.AssessmentStatus
		 * @see no.redthread.assessment.model.impl.AssessmentPackageImpl#getAssessmentStatus()
		 * @generated
		 */
		EEnum ASSESSMENT_STATUS = eINSTANCE.getAssessmentStatus();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see no.redthread.assessment.model.impl.AssessmentPackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

	}

} //AssessmentPackage
